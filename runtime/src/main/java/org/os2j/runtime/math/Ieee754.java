package org.os2j.runtime.math;

/** The two 32-bit words of an IEEE 754 double, as fdlibm reads and writes them (__HI, __LO). */
final class Ieee754 {
    private Ieee754() {
    }

    /** Sign, exponent and the top 20 significand bits. */
    static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** The low 32 significand bits. */
    static int low(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    /** {@code x} with its high word replaced. */
    static double withHigh(double x, int high) {
        return Double.longBitsToDouble(((long) high << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    }
}
