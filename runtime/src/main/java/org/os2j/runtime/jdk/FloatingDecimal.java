package org.os2j.runtime.jdk;

/**
 * {@code Double.toString} and {@code Float.toString} with JDK 17's exact output, computed from the
 * IEEE 754 bits with integer arithmetic only (JDK 17's {@code sun.misc.FloatingDecimal} algorithm,
 * re-derived: Steele and White's digit generation with a symmetric stopping test, JDK 17's exponent
 * estimate ({@link DecimalExponentEstimate}), its rounding of large integers and its formatting
 * rules). JDK 17 does not always print the shortest decimal that reads back to the same value
 * (1.0E23 prints as 9.999999999999999E22), and neither does this.
 *
 * <p>{@code print(double)}, {@code append(double)}, {@code String.valueOf(double)} and
 * {@code Double.toString} call {@link #toText(double)}; the bit-pattern entry points serve host tests.
 * Uses no string concatenation.
 */
public final class FloatingDecimal {
    private static final int DOUBLE_FRACTION_WIDTH = 52;
    private static final int DOUBLE_EXPONENT_BIAS = 1023;
    private static final int FLOAT_FRACTION_WIDTH = 23;
    private static final int FLOAT_EXPONENT_BIAS = 127;
    /** The range of binary exponents for which integer values are converted directly. */
    private static final int MAXIMUM_SMALL_BINARY_EXPONENT = 62;
    private static final int MINIMUM_SMALL_BINARY_EXPONENT = -21;
    /** Powers of five that fit in an int (5^0..5^13) and a long (5^0..5^26). */
    private static final int INT_POWERS_OF_5 = 14;
    private static final int LONG_POWERS_OF_5 = 27;

    /** The decimal digits, as ASCII, from {@link #firstDigit} for {@link #digitCount}. */
    private final byte[] digits = new byte[20];
    private int firstDigit;
    private int digitCount;
    /** The position of the decimal point: the value is 0.d1d2... * 10^decimalExponent. */
    private int decimalExponent;

    private FloatingDecimal() {
    }

    /** {@code Double.toString(d)}. */
    public static StringReplacement toText(double d) {
        return doubleToString(Double.doubleToRawLongBits(d));
    }

    /** {@code Float.toString(f)}. */
    public static StringReplacement toText(float f) {
        return floatToString(Float.floatToRawIntBits(f));
    }

    /** {@code Double.toString} of the double whose bits are {@code bits}. */
    public static StringReplacement doubleToString(long bits) {
        return binaryToString(bits, 64, DOUBLE_FRACTION_WIDTH, 0x7FF, DOUBLE_EXPONENT_BIAS);
    }

    /** {@code Float.toString} of the float whose bits are {@code bits}. */
    public static StringReplacement floatToString(int bits) {
        return binaryToString(bits & 0xFFFFFFFFL, 32, FLOAT_FRACTION_WIDTH, 0xFF, FLOAT_EXPONENT_BIAS);
    }

    /**
     * Decodes an IEEE 754 binary format (IEEE 754-2008 3.4: sign, biased exponent, trailing
     * fraction) held in the low {@code width} bits, normalizes subnormals, and converts the value
     * with its fraction aligned to the double's 52-bit fraction width.
     */
    private static StringReplacement binaryToString(long bits, int width, int fractionWidth, int exponentMask,
                                                    int bias) {
        boolean negative = ((bits >>> (width - 1)) & 1) != 0;
        long fraction = bits & ((1L << fractionWidth) - 1);
        int binaryExponent = (int) ((bits >>> fractionWidth) & exponentMask);
        if (binaryExponent == exponentMask) {
            return special(fraction != 0, negative);
        }
        int significantBits;
        if (binaryExponent == 0) {
            if (fraction == 0) {
                return zero(negative);
            }
            int leadingZeros = LongReplacement.numberOfLeadingZeros(fraction);
            int shift = leadingZeros - (63 - fractionWidth);
            fraction <<= shift;
            binaryExponent = 1 - shift;
            significantBits = 64 - leadingZeros;
        } else {
            fraction |= 1L << fractionWidth;
            significantBits = fractionWidth + 1;
        }
        FloatingDecimal decimal = new FloatingDecimal();
        decimal.convert(binaryExponent - bias, fraction << (DOUBLE_FRACTION_WIDTH - fractionWidth), significantBits);
        return decimal.format(negative);
    }

    private static StringReplacement special(boolean notANumber, boolean negative) {
        if (notANumber) {
            return StringReplacement.of("NaN");
        }
        return StringReplacement.of(negative ? "-Infinity" : "Infinity");
    }

    private static StringReplacement zero(boolean negative) {
        return StringReplacement.of(negative ? "-0.0" : "0.0");
    }

    /**
     * Develops the digits of {@code fraction * 2^(binaryExponent - 52)}, where {@code fraction}
     * has bit 52 set and {@code significantBits} significant bits (fewer for subnormals).
     */
    private void convert(int binaryExponent, long fraction, int significantBits) {
        int trailingZeros = LongReplacement.numberOfTrailingZeros(fraction);
        // Significant bits of the fraction, counting the one before the binary point.
        int fractionBits = DOUBLE_FRACTION_WIDTH + 1 - trailingZeros;
        // Bits after the binary point: zero for integers.
        int tinyBits = MathReplacement.max(0, fractionBits - binaryExponent - 1);
        if (binaryExponent <= MAXIMUM_SMALL_BINARY_EXPONENT && binaryExponent >= MINIMUM_SMALL_BINARY_EXPONENT
                && tinyBits == 0) {
            // An integer below 2^63: print its digits, rounded to the precision the value has.
            int insignificant = binaryExponent > significantBits
                    ? insignificantDigitsForPowerOf2(binaryExponent - significantBits - 1) : 0;
            long integer = binaryExponent >= DOUBLE_FRACTION_WIDTH ? fraction << (binaryExponent - DOUBLE_FRACTION_WIDTH)
                    : fraction >>> (DOUBLE_FRACTION_WIDTH - binaryExponent);
            developLongDigits(integer, insignificant);
            return;
        }
        // The value is B / S * 10^exponent with 1 <= B / S < 10 (if the estimate is exact; else
        // below 1 and the first digit is dropped); M is half an ulp, scaled like B. Each is kept as
        // powers of two and five, reduced, then built as int, long or Natural as their size allows.
        int exponent = DecimalExponentEstimate.estimate(fraction, binaryExponent);
        int b5 = MathReplacement.max(0, -exponent);
        int b2 = b5 + tinyBits + binaryExponent;
        int s5 = MathReplacement.max(0, exponent);
        int s2 = s5 + tinyBits;
        int m5 = b5;
        int m2 = b2 - significantBits;
        fraction >>>= trailingZeros;
        b2 -= fractionBits - 1;
        int common2 = MathReplacement.min(b2, s2);
        b2 -= common2;
        s2 -= common2;
        m2 -= common2;
        if (fractionBits == 1) {
            // A power of two: the next value below is only half as far (the JDK's adjustment).
            m2 -= 1;
        }
        if (m2 < 0) {
            b2 -= m2;
            s2 -= m2;
            m2 = 0;
        }
        int bBits = fractionBits + b2 + bitsOfPowerOf5(b5);
        int tenSBits = s2 + 1 + bitsOfPowerOf5(s5 + 1);
        boolean low;
        boolean high;
        long lowDigitDifference;
        int count = 0;
        if (bBits < 64 && tenSBits < 64) {
            if (bBits < 32 && tenSBits < 32) {
                // Everything fits in an int; arithmetic (and any overflow) as the JDK's.
                int b = ((int) fraction * (int) powerOf5(b5)) << b2;
                int s = (int) powerOf5(s5) << s2;
                int m = (int) powerOf5(m5) << m2;
                int tens = s * 10;
                int q = b / s;
                b = 10 * (b % s);
                m *= 10;
                low = b < m;
                high = b + m > tens;
                if (q == 0 && !high) {
                    exponent--;
                } else {
                    digits[count++] = (byte) ('0' + q);
                }
                if (exponent < -3 || exponent >= 8) {
                    // Scientific notation shows at least two digits.
                    high = false;
                    low = false;
                }
                while (!low && !high) {
                    q = b / s;
                    b = 10 * (b % s);
                    m *= 10;
                    if (m > 0) {
                        low = b < m;
                        high = b + m > tens;
                    } else {
                        low = true;
                        high = true;
                    }
                    digits[count++] = (byte) ('0' + q);
                }
                lowDigitDifference = (b << 1) - tens;
            } else {
                // Everything fits in a long.
                long b = (fraction * powerOf5(b5)) << b2;
                long s = powerOf5(s5) << s2;
                long m = powerOf5(m5) << m2;
                long tens = s * 10L;
                int q = (int) (b / s);
                b = 10L * (b % s);
                m *= 10L;
                low = b < m;
                high = b + m > tens;
                if (q == 0 && !high) {
                    exponent--;
                } else {
                    digits[count++] = (byte) ('0' + q);
                }
                if (exponent < -3 || exponent >= 8) {
                    high = false;
                    low = false;
                }
                while (!low && !high) {
                    q = (int) (b / s);
                    b = 10 * (b % s);
                    m *= 10;
                    if (m > 0L) {
                        low = b < m;
                        high = b + m > tens;
                    } else {
                        low = true;
                        high = true;
                    }
                    digits[count++] = (byte) ('0' + q);
                }
                lowDigitDifference = (b << 1) - tens;
            }
        } else {
            // Arbitrary precision; here "high" includes equality, as in the JDK.
            Natural s = Natural.powerOf5And2(s5, s2);
            Natural b = new Natural(fraction);
            b.multiplyByPowerOf5(b5);
            b.shiftLeft(b2);
            Natural m = Natural.powerOf5And2(m5 + 1, m2 + 1);
            Natural tenS = Natural.powerOf5And2(s5 + 1, s2 + 1);
            int q = b.divideDigitAndScale(s);
            low = b.compareTo(m) < 0;
            high = tenS.compareTo(Natural.sum(b, m)) <= 0;
            if (q == 0 && !high) {
                exponent--;
            } else {
                digits[count++] = (byte) ('0' + q);
            }
            if (exponent < -3 || exponent >= 8) {
                high = false;
                low = false;
            }
            while (!low && !high) {
                q = b.divideDigitAndScale(s);
                m.multiplySmall(10);
                low = b.compareTo(m) < 0;
                high = tenS.compareTo(Natural.sum(b, m)) <= 0;
                digits[count++] = (byte) ('0' + q);
            }
            if (high && low) {
                b.shiftLeft(1);
                lowDigitDifference = b.compareTo(tenS);
            } else {
                lowDigitDifference = 0;
            }
        }
        decimalExponent = exponent + 1;
        firstDigit = 0;
        digitCount = count;
        // The last digit is rounded by the stopping condition; a tie keeps an even digit.
        if (high) {
            if (low) {
                if (lowDigitDifference == 0L) {
                    if ((digits[firstDigit + digitCount - 1] & 1) != 0) {
                        roundUp();
                    }
                } else if (lowDigitDifference > 0) {
                    roundUp();
                }
            } else {
                roundUp();
            }
        }
    }

    /** floor(log10(2^power)) for 1 < power < 64, else 0: digits below a large integer's precision. */
    private static int insignificantDigitsForPowerOf2(int power) {
        if (power <= 1 || power >= 64) {
            return 0;
        }
        long value = 1L << power;
        int digitsBelow = 0;
        while (LongReplacement.compareUnsigned(value, 10) >= 0) {
            value = LongReplacement.divideUnsigned(value, 10);
            digitsBelow++;
        }
        return digitsBelow;
    }

    /** The number of bits of 5^power (0 for 5^0, as the JDK's table), or 3 * power past 5^26. */
    private static int bitsOfPowerOf5(int power) {
        if (power == 0) {
            return 0;
        }
        if (power >= LONG_POWERS_OF_5) {
            return power * 3;
        }
        return 64 - LongReplacement.numberOfLeadingZeros(powerOf5(power));
    }

    private static long powerOf5(int power) {
        long result = 1;
        for (int i = 0; i < power; i++) {
            result *= 5;
        }
        return result;
    }

    /** The digits of the positive {@code value}, with its last {@code insignificant} digits rounded off. */
    private void developLongDigits(long value, int insignificant) {
        int exponent = 0;
        if (insignificant != 0) {
            long powerOf10 = powerOf5(insignificant) << insignificant;
            long residue = value % powerOf10;
            value /= powerOf10;
            exponent += insignificant;
            if (residue >= (powerOf10 >> 1)) {
                value++;
            }
        }
        // Trailing zeros only move the decimal point.
        while (value % 10 == 0) {
            value /= 10;
            exponent++;
        }
        int index = digits.length;
        while (value != 0) {
            digits[--index] = (byte) ('0' + (int) (value % 10));
            value /= 10;
            exponent++;
        }
        decimalExponent = exponent;
        firstDigit = index;
        digitCount = digits.length - index;
    }

    /** Adds one to the last digit, carrying; 9...9 becomes 1 followed by zeros, one place up. */
    private void roundUp() {
        int index = firstDigit + digitCount - 1;
        byte digit = digits[index];
        if (digit == '9') {
            while (digit == '9' && index > firstDigit) {
                digits[index] = '0';
                digit = digits[--index];
            }
            if (digit == '9') {
                decimalExponent += 1;
                digits[firstDigit] = '1';
                return;
            }
        }
        digits[index] = (byte) (digit + 1);
    }

    /** JDK 17's layout: plain for 10^-3 <= |value| < 10^7, else d.dddE[-]n; always a digit after the point. */
    private StringReplacement format(boolean negative) {
        byte[] text = new byte[32];
        int length = 0;
        if (negative) {
            text[length++] = '-';
        }
        if (decimalExponent > 0 && decimalExponent < 8) {
            int integerDigits = MathReplacement.min(digitCount, decimalExponent);
            length = copyDigits(text, length, firstDigit, integerDigits);
            if (integerDigits < decimalExponent) {
                for (int i = integerDigits; i < decimalExponent; i++) {
                    text[length++] = '0';
                }
                text[length++] = '.';
                text[length++] = '0';
            } else {
                text[length++] = '.';
                if (integerDigits < digitCount) {
                    length = copyDigits(text, length, firstDigit + integerDigits, digitCount - integerDigits);
                } else {
                    text[length++] = '0';
                }
            }
        } else if (decimalExponent <= 0 && decimalExponent > -3) {
            text[length++] = '0';
            text[length++] = '.';
            for (int i = decimalExponent; i < 0; i++) {
                text[length++] = '0';
            }
            length = copyDigits(text, length, firstDigit, digitCount);
        } else {
            text[length++] = digits[firstDigit];
            text[length++] = '.';
            if (digitCount > 1) {
                length = copyDigits(text, length, firstDigit + 1, digitCount - 1);
            } else {
                text[length++] = '0';
            }
            text[length++] = 'E';
            int exponent;
            if (decimalExponent <= 0) {
                text[length++] = '-';
                exponent = -decimalExponent + 1;
            } else {
                exponent = decimalExponent - 1;
            }
            int end = length + NumberFormatting.length(exponent, 10);
            NumberFormatting.write(exponent, 10, text, end, StringReplacement.LATIN1);
            length = end;
        }
        return new StringReplacement(ByteArrays.copyOfRange(text, 0, length), StringReplacement.LATIN1);
    }

    private int copyDigits(byte[] text, int at, int from, int count) {
        for (int i = 0; i < count; i++) {
            text[at + i] = digits[from + i];
        }
        return at + count;
    }
}
