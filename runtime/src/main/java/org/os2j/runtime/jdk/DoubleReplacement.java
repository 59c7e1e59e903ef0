package org.os2j.runtime.jdk;

import org.os2j.runtime.annotation.ReplaceClass;

/**
 * Stands in for {@code java.lang.Double}'s static members until the JDK class itself compiles
 * (its initializer needs {@code Class} objects), with JDK 17's results. {@code toString} is
 * {@link FloatingDecimal}'s exact re-derivation. The two bit conversions are native here as in the
 * JDK: the compiler expands them inline (frontend/Intrinsics). No boxing, no parsing
 * ({@code parseDouble}, {@code valueOf(String)}) and no {@code toHexString} yet.
 */
@ReplaceClass(Double.class)
public final class DoubleReplacement {
    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    public static final double NaN = 0.0d / 0.0;
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    public static final double MIN_NORMAL = 0x1.0p-1022;
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    public static final int MAX_EXPONENT = 1023;
    public static final int MIN_EXPONENT = -1022;
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    private DoubleReplacement() {
    }

    public static String toString(double d) {
        return FloatingDecimal.toText(d).asString();
    }

    public static boolean isNaN(double v) {
        return v != v;
    }

    public static boolean isInfinite(double v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    public static boolean isFinite(double d) {
        return d >= -MAX_VALUE && d <= MAX_VALUE;
    }

    public static int hashCode(double value) {
        long bits = doubleToLongBits(value);
        return (int) (bits ^ (bits >>> 32));
    }

    /** The bits of {@code value}, every NaN collapsed to the canonical 0x7ff8000000000000. */
    public static long doubleToLongBits(double value) {
        return value != value ? 0x7ff8000000000000L : Double.doubleToRawLongBits(value);
    }

    public static native long doubleToRawLongBits(double value);

    public static native double longBitsToDouble(long bits);

    /** The JDK's total order: -0.0 before 0.0, NaN after everything and equal to itself. */
    public static int compare(double d1, double d2) {
        if (d1 < d2) {
            return -1;
        }
        if (d1 > d2) {
            return 1;
        }
        long bits1 = doubleToLongBits(d1);
        long bits2 = doubleToLongBits(d2);
        return bits1 == bits2 ? 0 : (bits1 < bits2 ? -1 : 1);
    }

    public static double sum(double a, double b) {
        return a + b;
    }

    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    public static double min(double a, double b) {
        return Math.min(a, b);
    }
}
