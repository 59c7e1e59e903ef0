package org.os2j.runtime.jdk;

import org.os2j.runtime.annotation.ReplaceClass;
import org.os2j.runtime.report.ImplicitExceptions;

/**
 * Stands in for {@code java.lang.Math} until the JDK class itself compiles (scaffolding): the
 * integer operations only, with JDK 17's results and exceptions (division by zero and overflow in
 * the exact methods raise ArithmeticException with the JDK's message). No floating point yet:
 * {@code sqrt}, {@code PI}, the double and float overloads and {@code random} are missing.
 */
@ReplaceClass(Math.class)
public final class MathReplacement {
    private static final String INTEGER_OVERFLOW = "integer overflow";
    private static final String LONG_OVERFLOW = "long overflow";

    private MathReplacement() {
    }

    public static int abs(int a) {
        return a < 0 ? -a : a;
    }

    public static long abs(long a) {
        return a < 0 ? -a : a;
    }

    public static int absExact(int a) {
        if (a == IntegerReplacement.MIN_VALUE) {
            ImplicitExceptions.arithmeticOverflow("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    public static long absExact(long a) {
        if (a == LongReplacement.MIN_VALUE) {
            ImplicitExceptions.arithmeticOverflow("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    public static int max(int a, int b) {
        return a >= b ? a : b;
    }

    public static long max(long a, long b) {
        return a >= b ? a : b;
    }

    public static int min(int a, int b) {
        return a <= b ? a : b;
    }

    public static long min(long a, long b) {
        return a <= b ? a : b;
    }

    // ---- rounding division ----

    public static int floorDiv(int x, int y) {
        int quotient = x / y;
        if ((x ^ y) < 0 && quotient * y != x) {
            quotient--;
        }
        return quotient;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long quotient = x / y;
        if ((x ^ y) < 0 && quotient * y != x) {
            quotient--;
        }
        return quotient;
    }

    public static int floorMod(int x, int y) {
        int remainder = x % y;
        if ((remainder ^ y) < 0 && remainder != 0) {
            remainder += y;
        }
        return remainder;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long remainder = x % y;
        if ((remainder ^ y) < 0 && remainder != 0) {
            remainder += y;
        }
        return remainder;
    }

    // ---- exact arithmetic ----

    public static int addExact(int x, int y) {
        int result = x + y;
        // Overflow iff both operands have the sign opposite to the result's.
        if (((x ^ result) & (y ^ result)) < 0) {
            ImplicitExceptions.arithmeticOverflow(INTEGER_OVERFLOW);
        }
        return result;
    }

    public static long addExact(long x, long y) {
        long result = x + y;
        if (((x ^ result) & (y ^ result)) < 0) {
            ImplicitExceptions.arithmeticOverflow(LONG_OVERFLOW);
        }
        return result;
    }

    public static int subtractExact(int x, int y) {
        int result = x - y;
        // Overflow iff the operands differ in sign and the result's sign differs from x's.
        if (((x ^ y) & (x ^ result)) < 0) {
            ImplicitExceptions.arithmeticOverflow(INTEGER_OVERFLOW);
        }
        return result;
    }

    public static long subtractExact(long x, long y) {
        long result = x - y;
        if (((x ^ y) & (x ^ result)) < 0) {
            ImplicitExceptions.arithmeticOverflow(LONG_OVERFLOW);
        }
        return result;
    }

    public static int multiplyExact(int x, int y) {
        long result = (long) x * (long) y;
        if ((int) result != result) {
            ImplicitExceptions.arithmeticOverflow(INTEGER_OVERFLOW);
        }
        return (int) result;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long result = x * y;
        // The 128-bit product fits iff its high half is the sign extension of the low half.
        if (multiplyHigh(x, y) != (result >> 63)) {
            ImplicitExceptions.arithmeticOverflow(LONG_OVERFLOW);
        }
        return result;
    }

    public static int incrementExact(int a) {
        if (a == IntegerReplacement.MAX_VALUE) {
            ImplicitExceptions.arithmeticOverflow(INTEGER_OVERFLOW);
        }
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == LongReplacement.MAX_VALUE) {
            ImplicitExceptions.arithmeticOverflow(LONG_OVERFLOW);
        }
        return a + 1;
    }

    public static int decrementExact(int a) {
        if (a == IntegerReplacement.MIN_VALUE) {
            ImplicitExceptions.arithmeticOverflow(INTEGER_OVERFLOW);
        }
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == LongReplacement.MIN_VALUE) {
            ImplicitExceptions.arithmeticOverflow(LONG_OVERFLOW);
        }
        return a - 1;
    }

    public static int negateExact(int a) {
        if (a == IntegerReplacement.MIN_VALUE) {
            ImplicitExceptions.arithmeticOverflow(INTEGER_OVERFLOW);
        }
        return -a;
    }

    public static long negateExact(long a) {
        if (a == LongReplacement.MIN_VALUE) {
            ImplicitExceptions.arithmeticOverflow(LONG_OVERFLOW);
        }
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) {
            ImplicitExceptions.arithmeticOverflow(INTEGER_OVERFLOW);
        }
        return (int) value;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    /** The high 64 bits of the signed 128-bit product of {@code x} and {@code y}. */
    public static long multiplyHigh(long x, long y) {
        // Schoolbook multiplication on 32-bit halves: signed high halves, unsigned low halves.
        long xHigh = x >> 32;
        long xLow = x & 0xFFFFFFFFL;
        long yHigh = y >> 32;
        long yLow = y & 0xFFFFFFFFL;
        long lowProduct = xLow * yLow;
        long middle = xHigh * yLow + (lowProduct >>> 32);
        long middleLow = (middle & 0xFFFFFFFFL) + xLow * yHigh;
        return xHigh * yHigh + (middle >> 32) + (middleLow >> 32);
    }
}
