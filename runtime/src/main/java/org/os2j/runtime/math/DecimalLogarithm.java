package org.os2j.runtime.math;

/**
 * The base-10 logarithm as StrictMath defines it: fdlibm 5.3's algorithm (e_log10.c), bit-identical
 * to HotSpot's StrictMath.log10.
 *
 * <p>Method: write x = 2^k * m with 1 <= m < 2, but shifted so that for k < 0 the mantissa is in
 * [1/2, 1) instead (n = k + i with i = 1 when k < 0), then
 * log10(x) = n * log10(2) + log10(m) = n * (LOG10_2_HIGH + LOG10_2_LOW) + (1 / ln 10) * log(m),
 * summing the small terms first. Special cases as log: -Infinity at +-0, NaN below 0, and
 * log10(10^n) = n exactly for the n where 10^n is a double.
 */
public final class DecimalLogarithm {
    private static final double TWO_TO_54 = 0x1.0p54;
    private static final double INVERSE_LN10 = Double.longBitsToDouble(0x3fdbcb7b1526e50eL);
    private static final double LOG10_2_HIGH = Double.longBitsToDouble(0x3fd34413509f6000L);
    private static final double LOG10_2_LOW = Double.longBitsToDouble(0x3d59fef311f12b36L);

    private DecimalLogarithm() {
    }

    public static double log10(double x) {
        int high = Ieee754.high(x);
        int low = Ieee754.low(x);
        int k = 0;
        if (high < 0x00100000) { // x < 2^-1022: zero, negative or subnormal
            if (((high & 0x7fffffff) | low) == 0) {
                return -TWO_TO_54 / 0.0;
            }
            if (high < 0) {
                return (x - x) / 0.0; // x86's default NaN (sign bit set), as fdlibm computes it
            }
            k -= 54;
            x *= TWO_TO_54;
            high = Ieee754.high(x);
        }
        if (high >= 0x7ff00000) {
            return x + x;
        }
        k += (high >> 20) - 1023;
        int negative = k >>> 31; // 1 when k < 0
        high = (high & 0x000fffff) | ((0x3ff - negative) << 20);
        double y = k + negative;
        x = Ieee754.withHigh(x, high);
        double z = y * LOG10_2_LOW + INVERSE_LN10 * NaturalLogarithm.log(x);
        return z + y * LOG10_2_HIGH;
    }
}
