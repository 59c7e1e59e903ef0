package org.os2j.runtime.math;

/**
 * Argument reduction modulo pi/2 as StrictMath's trigonometric functions need it: fdlibm 5.3's
 * algorithm (e_rem_pio2.c with k_rem_pio2.c for large arguments), evaluated in the same order so
 * every result is bit-identical to HotSpot's.
 *
 * <p>Method: find an integer n and a remainder y, |y| <= pi/4 (a little more at worst), with
 * x = n * pi/2 + y. The remainder is returned as an unevaluated sum head + tail, because the
 * subtraction cancels leading bits and the kernels need more than 53 bits of it.
 * <ul>
 *   <li>|x| <= pi/4: n = 0, y = x.
 *   <li>|x| < 3pi/4: n = +-1; subtract pi/2 split as a 33-bit head and a 53-bit tail (three parts
 *       when x is within a few ulps of pi/2, where that much cancels).
 *   <li>|x| <= 2^19 * pi/2: n = round(x * 2/pi); subtract n * pi/2 with pi/2 split into 33-bit
 *       parts, so n * part is exact for n < 2^20, using a second and a third part only when the
 *       number of bits cancelled shows they are needed (85, 118 or 151 bits of pi/2 in all).
 *   <li>larger finite x: Payne-Hanek. x is cut into three 24-bit integer chunks and multiplied by
 *       only those bits of 2/pi (a table of 1584 bits) that can affect the fraction of x * 2/pi;
 *       the product is kept as 24-bit integer chunks, and the fraction times pi/2 is summed back
 *       into head + tail. See {@link #reduceLarge}.
 * </ul>
 * Special cases: Infinity and NaN give n = 0 and head = tail = NaN.
 */
final class PiOver2Reduction {
    /** 2/pi, rounded to double. */
    private static final double TWO_OVER_PI = Double.longBitsToDouble(0x3fe45f306dc9c883L);
    /** The first 33 bits of pi/2: n * PI_OVER_2_PART1 is exact for n < 2^20. */
    private static final double PI_OVER_2_PART1 = Double.longBitsToDouble(0x3ff921fb54400000L);
    /** pi/2 - PI_OVER_2_PART1, rounded. */
    private static final double PI_OVER_2_PART1_TAIL = Double.longBitsToDouble(0x3dd0b4611a626331L);
    /** The next 33 bits of pi/2. */
    private static final double PI_OVER_2_PART2 = Double.longBitsToDouble(0x3dd0b4611a600000L);
    /** pi/2 - PI_OVER_2_PART1 - PI_OVER_2_PART2, rounded. */
    private static final double PI_OVER_2_PART2_TAIL = Double.longBitsToDouble(0x3ba3198a2e037073L);
    /** The next 33 bits of pi/2. */
    private static final double PI_OVER_2_PART3 = Double.longBitsToDouble(0x3ba3198a2e000000L);
    /** pi/2 - PI_OVER_2_PART1 - PI_OVER_2_PART2 - PI_OVER_2_PART3, rounded. */
    private static final double PI_OVER_2_PART3_TAIL = Double.longBitsToDouble(0x397b839a252049c1L);
    private static final double TWO_TO_24 = 0x1.0p24;
    private static final double TWO_TO_MINUS_24 = 0x1.0p-24;

    /**
     * High words of n * pi/2 for n = 1..32. A medium argument whose high word differs from that of
     * its nearest multiple cannot cancel more than a few bits, so one step of subtraction is enough.
     */
    private static final int[] MULTIPLE_OF_PI_OVER_2_HIGH_WORDS = {
        0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c,
        0x4025fdbb, 0x402921fb, 0x402c463a, 0x402f6a7a, 0x4031475c, 0x4032d97c,
        0x40346b9c, 0x4035fdbb, 0x40378fdb, 0x403921fb, 0x403ab41b, 0x403c463a,
        0x403dd85a, 0x403f6a7a, 0x40407e4c, 0x4041475c, 0x4042106c, 0x4042d97c,
        0x4043a28c, 0x40446b9c, 0x404534ac, 0x4045fdbb, 0x4046c6cb, 0x40478fdb,
        0x404858eb, 0x404921fb,
    };

    /** The binary fraction of 2/pi, 24 bits per entry, most significant first (1584 bits). */
    private static final int[] TWO_OVER_PI_BITS = {
        0xa2f983, 0x6e4e44, 0x1529fc, 0x2757d1, 0xf534dd, 0xc0db62,
        0x95993c, 0x439041, 0xfe5163, 0xabdebb, 0xc561b7, 0x246e3a,
        0x424dd2, 0xe00649, 0x2eea09, 0xd1921c, 0xfe1deb, 0x1cb129,
        0xa73ee8, 0x8235f5, 0x2ebb44, 0x84e99c, 0x7026b4, 0x5f7e41,
        0x3991d6, 0x398353, 0x39f49c, 0x845f8b, 0xbdf928, 0x3b1ff8,
        0x97ffde, 0x05980f, 0xef2f11, 0x8b5a0a, 0x6d1f6d, 0x367ecf,
        0x27cb09, 0xb74f46, 0x3f669e, 0x5fea2d, 0x7527ba, 0xc7ebe5,
        0xf17b3d, 0x0739f7, 0x8a5292, 0xea6bfb, 0x5fb11f, 0x8d5d08,
        0x560330, 0x46fc7b, 0x6babf0, 0xcfbc20, 0x9af436, 0x1da9e3,
        0x91615e, 0xe61b08, 0x659985, 0x5f14a0, 0x68408d, 0xffd880,
        0x4d7327, 0x310606, 0x1556ca, 0x73a8c9, 0x60e27b, 0xc08c6b,
    };

    /** pi/2 cut into 24-bit pieces (each a double with at most 24 significant bits). */
    private static final double[] PI_OVER_2_PIECES = {
        Double.longBitsToDouble(0x3ff921fb40000000L),
        Double.longBitsToDouble(0x3e74442d00000000L),
        Double.longBitsToDouble(0x3cf8469880000000L),
        Double.longBitsToDouble(0x3b78cc5160000000L),
        Double.longBitsToDouble(0x39f01b8380000000L),
        Double.longBitsToDouble(0x387a252040000000L),
        Double.longBitsToDouble(0x36e3822280000000L),
        Double.longBitsToDouble(0x3569f31d00000000L),
    };

    /**
     * Chunks of the product computed before the first look at it, beyond those x itself needs:
     * fdlibm's jk for double precision (prec = 2), which also bounds the pi/2 pieces used.
     */
    private static final int INITIAL_EXTRA_CHUNKS = 4;

    private PiOver2Reduction() {
    }

    /**
     * Writes the remainder of {@code x} modulo pi/2 as {@code remainder[0] + remainder[1]} and
     * returns n with x = n * pi/2 + remainder. Only the low three bits of n are meaningful for
     * large arguments; callers need only n mod 4.
     */
    static int reduce(double x, double[] remainder) {
        int high = Ieee754.high(x);
        int magnitude = high & 0x7fffffff;
        if (magnitude <= 0x3fe921fb) { // |x| ~<= pi/4: nothing to reduce
            remainder[0] = x;
            remainder[1] = 0;
            return 0;
        }
        if (magnitude < 0x4002d97c) { // |x| < 3pi/4: n = +-1
            if (high > 0) {
                double z = x - PI_OVER_2_PART1;
                if (magnitude != 0x3ff921fb) { // 33 + 53 bits of pi/2 are enough
                    remainder[0] = z - PI_OVER_2_PART1_TAIL;
                    remainder[1] = (z - remainder[0]) - PI_OVER_2_PART1_TAIL;
                } else { // x near pi/2 cancels more: use 33 + 33 + 53 bits
                    z -= PI_OVER_2_PART2;
                    remainder[0] = z - PI_OVER_2_PART2_TAIL;
                    remainder[1] = (z - remainder[0]) - PI_OVER_2_PART2_TAIL;
                }
                return 1;
            }
            double z = x + PI_OVER_2_PART1;
            if (magnitude != 0x3ff921fb) {
                remainder[0] = z + PI_OVER_2_PART1_TAIL;
                remainder[1] = (z - remainder[0]) + PI_OVER_2_PART1_TAIL;
            } else {
                z += PI_OVER_2_PART2;
                remainder[0] = z + PI_OVER_2_PART2_TAIL;
                remainder[1] = (z - remainder[0]) + PI_OVER_2_PART2_TAIL;
            }
            return -1;
        }
        if (magnitude <= 0x413921fb) { // |x| ~<= 2^19 * pi/2: medium size
            return reduceMedium(x, high, magnitude, remainder);
        }
        if (magnitude >= 0x7ff00000) { // Infinity or NaN
            remainder[0] = remainder[1] = x - x;
            return 0;
        }
        // z = |x| scaled by 2^-exponentOffset into [2^23, 2^24), so its integer part is 24 bits
        int exponentOffset = (magnitude >> 20) - 1046;
        double z = Double.longBitsToDouble(
                ((long) (magnitude - (exponentOffset << 20)) << 32) | (Ieee754.low(x) & 0xffffffffL));
        double[] chunks = new double[3];
        for (int i = 0; i < 2; i++) {
            chunks[i] = (int) z;
            z = (z - chunks[i]) * TWO_TO_24;
        }
        chunks[2] = z;
        int chunkCount = 3;
        while (chunks[chunkCount - 1] == 0.0) { // trailing zero chunks add nothing
            chunkCount--;
        }
        int n = reduceLarge(chunks, remainder, exponentOffset, chunkCount);
        if (high < 0) {
            remainder[0] = -remainder[0];
            remainder[1] = -remainder[1];
            return -n;
        }
        return n;
    }

    private static int reduceMedium(double x, int high, int magnitude, double[] remainder) {
        double t = Math.abs(x);
        int n = (int) (t * TWO_OVER_PI + 0.5);
        double fn = n;
        double r = t - fn * PI_OVER_2_PART1; // exact: fn * PART1 has at most 53 bits
        double w = fn * PI_OVER_2_PART1_TAIL; // the first step is good to 85 bits
        if (n < 32 && magnitude != MULTIPLE_OF_PI_OVER_2_HIGH_WORDS[n - 1]) {
            remainder[0] = r - w; // little cancellation possible
        } else {
            int exponent = magnitude >> 20;
            remainder[0] = r - w;
            int cancelled = exponent - ((Ieee754.high(remainder[0]) >> 20) & 0x7ff);
            if (cancelled > 16) { // a second step, good to 118 bits
                t = r;
                w = fn * PI_OVER_2_PART2;
                r = t - w;
                w = fn * PI_OVER_2_PART2_TAIL - ((t - r) - w);
                remainder[0] = r - w;
                cancelled = exponent - ((Ieee754.high(remainder[0]) >> 20) & 0x7ff);
                if (cancelled > 49) { // a third step, 151 bits: enough for every double
                    t = r;
                    w = fn * PI_OVER_2_PART3;
                    r = t - w;
                    w = fn * PI_OVER_2_PART3_TAIL - ((t - r) - w);
                    remainder[0] = r - w;
                }
            }
        }
        remainder[1] = (r - remainder[0]) - w;
        if (high < 0) {
            remainder[0] = -remainder[0];
            remainder[1] = -remainder[1];
            return -n;
        }
        return n;
    }

    /**
     * Payne-Hanek reduction of a positive x = sum of chunks[i] * 2^(exponentOffset - 24 * i)
     * (fdlibm's __kernel_rem_pio2 with prec = 2). Writes the signed remainder (in units of 1,
     * |remainder| <= pi/4) and returns n mod 8.
     *
     * <p>The bits of 2/pi worth more than 2^3 / x only add multiples of 8 to x * 2/pi, so the
     * product starts at table entry skip = (exponentOffset - 3) / 24. Products are formed as sums
     * of chunk * table-entry (each exact: 24 x 24 bits), split into 24-bit integer "digits"
     * {@code digits[]} of weight 2^(scale - 24 * i); if the fraction turns out to have too many
     * leading zero digits for 53 good bits, more terms are computed and the split redone.
     */
    private static int reduceLarge(double[] chunks, double[] remainder, int exponentOffset, int chunkCount) {
        int extra = INITIAL_EXTRA_CHUNKS;
        int lastChunk = chunkCount - 1;
        int skip = (exponentOffset - 3) / 24;
        if (skip < 0) {
            skip = 0;
        }
        int scale = exponentOffset - 24 * (skip + 1); // exponent of the last integer digit, < 3
        double[] table = new double[20]; // the 2/pi entries used, as doubles
        double[] products = new double[20];
        int[] digits = new int[20];
        double[] pieceProducts = new double[20];

        int j = skip - lastChunk;
        int m = lastChunk + extra;
        for (int i = 0; i <= m; i++, j++) {
            table[i] = j < 0 ? 0.0 : (double) TWO_OVER_PI_BITS[j];
        }
        for (int i = 0; i <= extra; i++) {
            double sum = 0.0;
            for (j = 0; j <= lastChunk; j++) {
                sum += chunks[j] * table[lastChunk + i - j];
            }
            products[i] = sum;
        }

        int top = extra; // index of the last product term in use
        double z;
        int n;
        int halfOrMore;
        while (true) {
            // distill the product terms into 24-bit digits, least significant term first
            z = products[top];
            int i = 0;
            for (j = top; j > 0; i++, j--) {
                double carried = (int) (TWO_TO_MINUS_24 * z);
                digits[i] = (int) (z - TWO_TO_24 * carried);
                z = products[j - 1] + carried;
            }

            // n: the integer part mod 8
            z = Math.scalb(z, scale);
            z -= 8.0 * Math.floor(z * 0.125);
            n = (int) z;
            z -= n;
            halfOrMore = 0;
            if (scale > 0) { // the last integer bits sit in digits[top - 1]
                i = digits[top - 1] >> (24 - scale);
                n += i;
                digits[top - 1] -= i << (24 - scale);
                halfOrMore = digits[top - 1] >> (23 - scale);
            } else if (scale == 0) {
                halfOrMore = digits[top - 1] >> 23;
            } else if (z >= 0.5) {
                halfOrMore = 2;
            }

            if (halfOrMore > 0) { // fraction >= 1/2: take n + 1 and the fraction 1 - f
                n += 1;
                int carry = 0;
                for (i = 0; i < top; i++) {
                    j = digits[i];
                    if (carry == 0) {
                        if (j != 0) {
                            carry = 1;
                            digits[i] = 0x1000000 - j;
                        }
                    } else {
                        digits[i] = 0xffffff - j;
                    }
                }
                if (scale > 0) { // drop the integer bits from the top digit
                    switch (scale) {
                        case 1:
                            digits[top - 1] &= 0x7fffff;
                            break;
                        case 2:
                            digits[top - 1] &= 0x3fffff;
                            break;
                        default:
                            break;
                    }
                }
                if (halfOrMore == 2) {
                    z = 1.0 - z;
                    if (carry != 0) {
                        z -= Math.scalb(1.0, scale);
                    }
                }
            }

            // all digits below the initial ones zero: the fraction needs more terms
            if (z == 0.0) {
                j = 0;
                for (i = top - 1; i >= extra; i--) {
                    j |= digits[i];
                }
                if (j == 0) {
                    int needed = 1;
                    while (digits[extra - needed] == 0) {
                        needed++;
                    }
                    for (i = top + 1; i <= top + needed; i++) {
                        table[lastChunk + i] = TWO_OVER_PI_BITS[skip + i];
                        double sum = 0.0;
                        for (j = 0; j <= lastChunk; j++) {
                            sum += chunks[j] * table[lastChunk + i - j];
                        }
                        products[i] = sum;
                    }
                    top += needed;
                    continue;
                }
            }
            break;
        }

        // drop trailing zero digits, or store the leftover z as one or two more digits
        if (z == 0.0) {
            top -= 1;
            scale -= 24;
            while (digits[top] == 0) {
                top--;
                scale -= 24;
            }
        } else {
            z = Math.scalb(z, -scale);
            if (z >= TWO_TO_24) {
                double carried = (int) (TWO_TO_MINUS_24 * z);
                digits[top] = (int) (z - TWO_TO_24 * carried);
                top += 1;
                scale += 24;
                digits[top] = (int) carried;
            } else {
                digits[top] = (int) z;
            }
        }

        // digits back to doubles (reusing products), most significant at index top
        double weight = Math.scalb(1.0, scale);
        for (int i = top; i >= 0; i--) {
            products[i] = weight * (double) digits[i];
            weight *= TWO_TO_MINUS_24;
        }

        // fraction times pi/2, one sum per weight: pieceProducts[k] has weight of digit top - k
        for (int i = top; i >= 0; i--) {
            double sum = 0.0;
            for (int k = 0; k <= extra && k <= top - i; k++) {
                sum += PI_OVER_2_PIECES[k] * products[i + k];
            }
            pieceProducts[top - i] = sum;
        }

        // head: the sum from the smallest term up; tail: what the head failed to hold
        double sum = 0.0;
        for (int i = top; i >= 0; i--) {
            sum += pieceProducts[i];
        }
        remainder[0] = halfOrMore == 0 ? sum : -sum;
        sum = pieceProducts[0] - sum;
        for (int i = 1; i <= top; i++) {
            sum += pieceProducts[i];
        }
        remainder[1] = halfOrMore == 0 ? sum : -sum;
        return n & 7;
    }
}
