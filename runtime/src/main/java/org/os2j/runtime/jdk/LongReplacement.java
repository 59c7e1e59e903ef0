package org.os2j.runtime.jdk;

import org.os2j.runtime.annotation.ReplaceClass;

/**
 * Stands in for {@code java.lang.Long}'s static members until the JDK class itself compiles
 * (scaffolding): constants, formatting, parsing, unsigned division and bit operations with JDK 17's
 * results. No boxing, no {@code parseUnsignedLong}, {@code decode} or {@code getLong}.
 */
@ReplaceClass(Long.class)
public final class LongReplacement {
    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    private LongReplacement() {
    }

    // ---- formatting and parsing ----

    public static String toString(long i) {
        return NumberFormatting.toString(i, 10).asString();
    }

    public static String toString(long i, int radix) {
        return NumberFormatting.toString(i, radix).asString();
    }

    public static String toUnsignedString(long i) {
        return NumberFormatting.toUnsignedString(i, 10).asString();
    }

    public static String toUnsignedString(long i, int radix) {
        return NumberFormatting.toUnsignedString(i, radix).asString();
    }

    public static String toHexString(long i) {
        return NumberFormatting.toUnsignedString(i, 16).asString();
    }

    public static String toOctalString(long i) {
        return NumberFormatting.toUnsignedString(i, 8).asString();
    }

    public static String toBinaryString(long i) {
        return NumberFormatting.toUnsignedString(i, 2).asString();
    }

    public static long parseLong(String s) {
        return parseLong(s, 10);
    }

    public static long parseLong(String s, int radix) {
        return NumberParsing.parse(s, radix, MIN_VALUE, MAX_VALUE);
    }

    // ---- comparison and arithmetic ----

    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    public static int compare(long x, long y) {
        return x < y ? -1 : (x == y ? 0 : 1);
    }

    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    /** Unsigned division; a zero divisor raises ArithmeticException "/ by zero" as the JDK. */
    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) {
            // The divisor is at least 2^63, so the quotient is 0 or 1.
            return compareUnsigned(dividend, divisor) < 0 ? 0 : 1;
        }
        if (dividend >= 0) {
            return dividend / divisor;
        }
        // Halve the dividend to make it non-negative; the doubled quotient is short by at most one.
        long quotient = ((dividend >>> 1) / divisor) << 1;
        long remainder = dividend - quotient * divisor;
        return quotient + (compareUnsigned(remainder, divisor) >= 0 ? 1 : 0);
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }

    public static int signum(long i) {
        return (int) ((i >> 63) | (-i >>> 63));
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return a >= b ? a : b;
    }

    public static long min(long a, long b) {
        return a <= b ? a : b;
    }

    // ---- bits ----

    public static int bitCount(long i) {
        return IntegerReplacement.bitCount((int) i) + IntegerReplacement.bitCount((int) (i >>> 32));
    }

    public static int numberOfLeadingZeros(long i) {
        int high = (int) (i >>> 32);
        return high == 0 ? 32 + IntegerReplacement.numberOfLeadingZeros((int) i)
                : IntegerReplacement.numberOfLeadingZeros(high);
    }

    public static int numberOfTrailingZeros(long i) {
        int low = (int) i;
        return low == 0 ? 32 + IntegerReplacement.numberOfTrailingZeros((int) (i >>> 32))
                : IntegerReplacement.numberOfTrailingZeros(low);
    }

    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static long lowestOneBit(long i) {
        return i & -i;
    }

    public static long rotateLeft(long i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static long rotateRight(long i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static long reverse(long i) {
        return ((long) IntegerReplacement.reverse((int) i) << 32)
                | (IntegerReplacement.reverse((int) (i >>> 32)) & 0xFFFFFFFFL);
    }

    public static long reverseBytes(long i) {
        return ((long) IntegerReplacement.reverseBytes((int) i) << 32)
                | (IntegerReplacement.reverseBytes((int) (i >>> 32)) & 0xFFFFFFFFL);
    }
}
