package org.os2j.runtime.jdk;

import org.os2j.runtime.annotation.ReplaceClass;
import org.os2j.runtime.report.ImplicitExceptions;

/**
 * Stands in for {@code java.lang.Math} until the JDK class itself compiles (scaffolding), with
 * JDK 17's results and exceptions (division by zero and overflow in the exact methods raise
 * ArithmeticException with the JDK's message). Floating point: the exact operations (abs, min,
 * max with JLS NaN and signed-zero rules, sqrt, floor, ceil, rint, round, signum, copySign,
 * getExponent) and {@code pow}, {@code exp}, {@code cbrt}, {@code hypot} through the JDK's
 * {@code StrictMath} (fdlibm in Java). Missing: the transcendental functions StrictMath implements
 * natively (sin, cos, tan, log, ...) and {@code random}.
 */
@ReplaceClass(Math.class)
public final class MathReplacement {
    private static final String INTEGER_OVERFLOW = "integer overflow";
    private static final String LONG_OVERFLOW = "long overflow";

    public static final double E = 2.718281828459045;
    public static final double PI = 3.141592653589793;
    private static final long DOUBLE_SIGN_BIT = 0x8000000000000000L;
    private static final int FLOAT_SIGN_BIT = 0x80000000;
    private static final int DOUBLE_FRACTION_WIDTH = 52;
    private static final int DOUBLE_EXPONENT_BIAS = 1023;
    private static final int FLOAT_FRACTION_WIDTH = 23;
    private static final int FLOAT_EXPONENT_BIAS = 127;

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

    // ---- floating point ----

    /** Clears the sign bit, so abs(-0.0) is 0.0 and NaN stays NaN. */
    public static double abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & ~DOUBLE_SIGN_BIT);
    }

    public static float abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & ~FLOAT_SIGN_BIT);
    }

    /** NaN if either is NaN; 0.0 is larger than -0.0 (JLS, Math.max). */
    public static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0 && b == 0.0) {
            return Double.doubleToRawLongBits(a) == DOUBLE_SIGN_BIT ? b : a;
        }
        return a >= b ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0 && b == 0.0) {
            return Double.doubleToRawLongBits(b) == DOUBLE_SIGN_BIT ? b : a;
        }
        return a <= b ? a : b;
    }

    public static float max(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f) {
            return Float.floatToRawIntBits(a) == FLOAT_SIGN_BIT ? b : a;
        }
        return a >= b ? a : b;
    }

    public static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f) {
            return Float.floatToRawIntBits(b) == FLOAT_SIGN_BIT ? b : a;
        }
        return a <= b ? a : b;
    }

    public static double sqrt(double a) {
        return StrictMath.sqrt(a);
    }

    public static double cbrt(double a) {
        return StrictMath.cbrt(a);
    }

    public static double pow(double a, double b) {
        return StrictMath.pow(a, b);
    }

    public static double exp(double a) {
        return StrictMath.exp(a);
    }

    public static double hypot(double x, double y) {
        return StrictMath.hypot(x, y);
    }

    public static double floor(double a) {
        return StrictMath.floor(a);
    }

    public static double ceil(double a) {
        return StrictMath.ceil(a);
    }

    public static double rint(double a) {
        return StrictMath.rint(a);
    }

    /** The unbiased binary exponent: MAX_EXPONENT + 1 for infinity and NaN, MIN_EXPONENT - 1 for zero and subnormals. */
    public static int getExponent(double d) {
        return (int) ((Double.doubleToRawLongBits(d) >>> DOUBLE_FRACTION_WIDTH) & 0x7FF) - DOUBLE_EXPONENT_BIAS;
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) >>> FLOAT_FRACTION_WIDTH) & 0xFF) - FLOAT_EXPONENT_BIAS;
    }

    public static double copySign(double magnitude, double sign) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(sign) & DOUBLE_SIGN_BIT)
                | (Double.doubleToRawLongBits(magnitude) & ~DOUBLE_SIGN_BIT));
    }

    public static float copySign(float magnitude, float sign) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(sign) & FLOAT_SIGN_BIT)
                | (Float.floatToRawIntBits(magnitude) & ~FLOAT_SIGN_BIT));
    }

    /**
     * {@code d * 2^scaleFactor}, rounded once: the part of the exponent that is not a multiple of
     * 512 is applied first, then exact steps of 2^512 or 2^-512, so only the last step can round.
     * Factors beyond 2099 (the widest exponent span plus the significand width) saturate.
     */
    public static double scalb(double d, int scaleFactor) {
        int limit = 2099;
        int scale = max(-limit, min(limit, scaleFactor));
        int adjustment = scale % 512;
        d *= powerOfTwoD(adjustment);
        scale -= adjustment;
        double step = scale < 0 ? 0x1p-512 : 0x1p512;
        int stepExponent = scale < 0 ? -512 : 512;
        while (scale != 0) {
            d *= step;
            scale -= stepExponent;
        }
        return d;
    }

    /** 2^n for a normal exponent n (-1022..1023); package-private as in the JDK, where FdLibm uses it. */
    static double powerOfTwoD(int n) {
        return Double.longBitsToDouble((long) (n + DOUBLE_EXPONENT_BIAS) << DOUBLE_FRACTION_WIDTH);
    }

    public static double signum(double d) {
        return (d == 0.0 || d != d) ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
    }

    public static double toRadians(double angdeg) {
        return angdeg * 0.017453292519943295;
    }

    public static double toDegrees(double angrad) {
        return angrad * 57.29577951308232;
    }

    /**
     * The closest long, ties toward positive infinity, computed exactly from the bits: the value
     * is scaled to have one fraction bit, one is added, and the fraction bit is dropped
     * (floor(x + 1/2) without the rounding error of adding 0.5 in double arithmetic).
     */
    public static long round(double a) {
        long bits = Double.doubleToRawLongBits(a);
        int exponent = (int) ((bits >>> DOUBLE_FRACTION_WIDTH) & 0x7FF) - DOUBLE_EXPONENT_BIAS;
        if (exponent >= DOUBLE_FRACTION_WIDTH || exponent < -1) {
            return exponent < -1 ? 0 : (long) a; // already an integer, or |a| < 1/2, or NaN/infinite/too large
        }
        long significand = (bits & ((1L << DOUBLE_FRACTION_WIDTH) - 1)) | (1L << DOUBLE_FRACTION_WIDTH);
        if (bits < 0) {
            significand = -significand;
        }
        int shift = DOUBLE_FRACTION_WIDTH - 1 - exponent;
        return ((significand >> shift) + 1) >> 1;
    }

    public static int round(float a) {
        int bits = Float.floatToRawIntBits(a);
        int exponent = ((bits >>> FLOAT_FRACTION_WIDTH) & 0xFF) - FLOAT_EXPONENT_BIAS;
        if (exponent >= FLOAT_FRACTION_WIDTH || exponent < -1) {
            return exponent < -1 ? 0 : (int) a;
        }
        int significand = (bits & ((1 << FLOAT_FRACTION_WIDTH) - 1)) | (1 << FLOAT_FRACTION_WIDTH);
        if (bits < 0) {
            significand = -significand;
        }
        int shift = FLOAT_FRACTION_WIDTH - 1 - exponent;
        return ((significand >> shift) + 1) >> 1;
    }
}
