package org.os2j.runtime.math;

/**
 * The IEEE 754 remainder as StrictMath.IEEEremainder defines it: fdlibm 5.3's algorithm
 * (e_remainder.c on top of e_fmod.c), bit-identical to HotSpot's StrictMath.IEEEremainder.
 *
 * <p>Method: x REM p = x - n * p with n the integer nearest x / p (ties to even). First reduce
 * x exactly to fmod(x, 2p), which has |x| < 2|p| and x's sign; then at most two subtractions of
 * |p| bring |x| to at most |p| / 2, and the sign of x is put back. Every step is exact, so the
 * result is too. fmod is a long division of the significands, one quotient bit per exponent
 * step, keeping only the partial remainder.
 *
 * <p>Special cases: x infinite, p zero, or either NaN gives NaN; p infinite and x finite gives x;
 * a zero result carries the sign of x.
 */
public final class Remainder {
    private static final long SIGN = 0x8000000000000000L;
    private static final long INFINITY_BITS = 0x7ff0000000000000L;
    private static final long IMPLICIT_BIT = 1L << 52;
    private static final long FRACTION_MASK = IMPLICIT_BIT - 1;

    private Remainder() {
    }

    public static double ieeeRemainder(double x, double p) {
        int highX = Ieee754.high(x);
        int lowX = Ieee754.low(x);
        int highP = Ieee754.high(p);
        int lowP = Ieee754.low(p);
        int sign = highX & 0x80000000;
        highP &= 0x7fffffff;
        highX &= 0x7fffffff;

        // NaN results: p * x, not fdlibm's x * p, because HotSpot's C build multiplies in that order,
        // and of two NaN operands x86 returns the first (os2j keeps Java's operand order).
        if ((highP | lowP) == 0) { // p = +-0
            return (p * x) / (p * x);
        }
        if (highX >= 0x7ff00000 || (highP >= 0x7ff00000 && ((highP - 0x7ff00000) | lowP) != 0)) {
            return (p * x) / (p * x); // x infinite or NaN, or p NaN
        }

        if (highP <= 0x7fdfffff) { // 2p is finite: reduce to |x| < 2|p|
            x = fmod(x, p + p);
        }
        if (((highX - highP) | (lowX - lowP)) == 0) { // |x| = |p|: the remainder is an exact zero
            return 0.0 * x;
        }
        x = Math.abs(x);
        p = Math.abs(p);
        if (highP < 0x00200000) { // |p| < 2^-1021: p / 2 could round, so compare 2x with p
            if (x + x > p) {
                x -= p;
                if (x + x >= p) {
                    x -= p;
                }
            }
        } else {
            double halfP = 0.5 * p;
            if (x > halfP) {
                x -= p;
                if (x >= halfP) {
                    x -= p;
                }
            }
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) ^ ((long) sign << 32));
    }

    /**
     * The exact remainder x - trunc(x / y) * y with the sign of x (C's fmod). Special cases: y
     * zero, x infinite or either NaN gives NaN; |x| < |y| gives x; a zero result keeps x's sign.
     */
    static double fmod(double x, double y) {
        long bitsX = Double.doubleToRawLongBits(x);
        long sign = bitsX & SIGN;
        long magnitudeX = bitsX ^ sign;
        long magnitudeY = Double.doubleToRawLongBits(y) & ~SIGN;
        if (magnitudeY == 0 || magnitudeX >= INFINITY_BITS || magnitudeY > INFINITY_BITS) {
            return (x * y) / (x * y);
        }
        if (magnitudeX <= magnitudeY) {
            if (magnitudeX < magnitudeY) {
                return x;
            }
            return Double.longBitsToDouble(sign); // |x| = |y|: a zero with x's sign
        }

        int exponentX = binaryExponent(magnitudeX);
        int exponentY = binaryExponent(magnitudeY);
        long dividend = normalizedSignificand(magnitudeX, exponentX);
        long divisor = normalizedSignificand(magnitudeY, exponentY);

        // Long division: each step doubles the partial remainder (below 2 * divisor < 2^54, so
        // it never overflows) and subtracts the divisor where it fits.
        for (int steps = exponentX - exponentY; steps > 0; steps--) {
            long difference = dividend - divisor;
            if (difference < 0) {
                dividend += dividend;
            } else {
                if (difference == 0) {
                    return Double.longBitsToDouble(sign);
                }
                dividend = difference + difference;
            }
        }
        long difference = dividend - divisor;
        if (difference >= 0) {
            dividend = difference;
        }
        if (dividend == 0) {
            return Double.longBitsToDouble(sign);
        }

        // The remainder has y's scale: renormalize, then rebuild as a normal or subnormal double.
        int exponent = exponentY;
        while (dividend < IMPLICIT_BIT) {
            dividend += dividend;
            exponent--;
        }
        if (exponent >= -1022) {
            return Double.longBitsToDouble(sign | ((long) (exponent + 1023) << 52) | (dividend - IMPLICIT_BIT));
        }
        // Subnormal: the bits shifted out are zero, since the remainder is a multiple of y's ulp.
        return Double.longBitsToDouble(sign | (dividend >>> (-1022 - exponent))) * 1.0;
    }

    /** floor(log2) of a finite non-zero magnitude, subnormals included (ilogb). */
    private static int binaryExponent(long magnitude) {
        int biased = (int) (magnitude >>> 52);
        if (biased == 0) {
            return -1022 - (Long.numberOfLeadingZeros(magnitude) - 11);
        }
        return biased - 1023;
    }

    /** The significand as an integer in [2^52, 2^53), a subnormal's shifted up to fill it. */
    private static long normalizedSignificand(long magnitude, int exponent) {
        if (exponent >= -1022) {
            return IMPLICIT_BIT | (magnitude & FRACTION_MASK);
        }
        return magnitude << (-1022 - exponent);
    }
}
