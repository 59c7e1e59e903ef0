package org.os2j.runtime.jdk;

import org.os2j.runtime.annotation.ReplaceClass;

/**
 * Stands in for {@code java.lang.Integer}'s static members until the JDK class itself compiles
 * (scaffolding): constants, formatting, parsing and bit operations with JDK 17's results. No
 * boxing ({@code valueOf}, instances), no {@code parseUnsignedInt}, {@code decode} or
 * {@code getInteger}. Formatting and parsing are shared with {@code Long} in
 * {@link NumberFormatting} and {@link NumberParsing}.
 */
@ReplaceClass(Integer.class)
public final class IntegerReplacement {
    public static final int MIN_VALUE = 0x80000000;
    public static final int MAX_VALUE = 0x7fffffff;
    public static final int SIZE = 32;
    public static final int BYTES = 4;

    private IntegerReplacement() {
    }

    // ---- formatting and parsing ----

    public static String toString(int i) {
        return NumberFormatting.toString(i, 10).asString();
    }

    public static String toString(int i, int radix) {
        return NumberFormatting.toString(i, radix).asString();
    }

    public static String toUnsignedString(int i) {
        return NumberFormatting.toString(toUnsignedLong(i), 10).asString();
    }

    public static String toUnsignedString(int i, int radix) {
        return NumberFormatting.toString(toUnsignedLong(i), radix).asString();
    }

    public static String toHexString(int i) {
        return NumberFormatting.toString(toUnsignedLong(i), 16).asString();
    }

    public static String toOctalString(int i) {
        return NumberFormatting.toString(toUnsignedLong(i), 8).asString();
    }

    public static String toBinaryString(int i) {
        return NumberFormatting.toString(toUnsignedLong(i), 2).asString();
    }

    public static int parseInt(String s) {
        return parseInt(s, 10);
    }

    public static int parseInt(String s, int radix) {
        return (int) NumberParsing.parse(s, radix, MIN_VALUE, MAX_VALUE);
    }

    // ---- comparison and arithmetic ----

    public static int hashCode(int value) {
        return value;
    }

    public static int compare(int x, int y) {
        return x < y ? -1 : (x == y ? 0 : 1);
    }

    public static int compareUnsigned(int x, int y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long toUnsignedLong(int x) {
        return ((long) x) & 0xFFFFFFFFL;
    }

    public static int divideUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) / toUnsignedLong(divisor));
    }

    public static int remainderUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) % toUnsignedLong(divisor));
    }

    public static int signum(int i) {
        return (i >> 31) | (-i >>> 31);
    }

    public static int sum(int a, int b) {
        return a + b;
    }

    public static int max(int a, int b) {
        return a >= b ? a : b;
    }

    public static int min(int a, int b) {
        return a <= b ? a : b;
    }

    // ---- bits ----

    public static int bitCount(int i) {
        i = i - ((i >>> 1) & 0x55555555);
        i = (i & 0x33333333) + ((i >>> 2) & 0x33333333);
        i = (i + (i >>> 4)) & 0x0F0F0F0F;
        return (i * 0x01010101) >>> 24;
    }

    public static int numberOfLeadingZeros(int i) {
        if (i <= 0) {
            return i == 0 ? 32 : 0;
        }
        int count = 31;
        if (i >= 1 << 16) {
            count -= 16;
            i >>>= 16;
        }
        if (i >= 1 << 8) {
            count -= 8;
            i >>>= 8;
        }
        if (i >= 1 << 4) {
            count -= 4;
            i >>>= 4;
        }
        if (i >= 1 << 2) {
            count -= 2;
            i >>>= 2;
        }
        return count - (i >>> 1);
    }

    public static int numberOfTrailingZeros(int i) {
        if (i == 0) {
            return 32;
        }
        return 31 - numberOfLeadingZeros(i & -i);
    }

    public static int highestOneBit(int i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static int lowestOneBit(int i) {
        return i & -i;
    }

    public static int rotateLeft(int i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static int rotateRight(int i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static int reverse(int i) {
        i = (i & 0x55555555) << 1 | (i >>> 1) & 0x55555555;
        i = (i & 0x33333333) << 2 | (i >>> 2) & 0x33333333;
        i = (i & 0x0F0F0F0F) << 4 | (i >>> 4) & 0x0F0F0F0F;
        return reverseBytes(i);
    }

    public static int reverseBytes(int i) {
        return (i << 24) | ((i & 0xFF00) << 8) | ((i >>> 8) & 0xFF00) | (i >>> 24);
    }
}
