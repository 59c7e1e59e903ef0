package org.os2j.runtime.math;

/**
 * The natural logarithm as StrictMath defines it: fdlibm 5.3's algorithm (e_log.c), evaluated in
 * the same order so every result is bit-identical to HotSpot's StrictMath.log.
 *
 * <p>Method: write x = 2^k * (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2). Then
 * log(x) = k * ln2 + log(1 + f), and with s = f / (2 + f),
 * log(1 + f) = log(1 + s) - log(1 - s) = 2s + s * R(s^2), where R is a minimax polynomial of degree
 * 7 in s^2 (error below 2^-58.45). ln2 is split into a high part with trailing zero bits (so
 * k * LN2_HIGH is exact for |k| < 2^11) and a low part. Special cases: log(+-0) = -Infinity,
 * log(negative) = NaN, log(+Infinity) = +Infinity, log(NaN) = NaN, log(1) = +0.
 */
public final class NaturalLogarithm {
    private static final double LN2_HIGH = Double.longBitsToDouble(0x3fe62e42fee00000L);
    private static final double LN2_LOW = Double.longBitsToDouble(0x3dea39ef35793c76L);
    private static final double TWO_TO_54 = 0x1.0p54;
    private static final double LG1 = Double.longBitsToDouble(0x3fe5555555555593L);
    private static final double LG2 = Double.longBitsToDouble(0x3fd999999997fa04L);
    private static final double LG3 = Double.longBitsToDouble(0x3fd2492494229359L);
    private static final double LG4 = Double.longBitsToDouble(0x3fcc71c51d8e78afL);
    private static final double LG5 = Double.longBitsToDouble(0x3fc7466496cb03deL);
    private static final double LG6 = Double.longBitsToDouble(0x3fc39a09d078c69fL);
    private static final double LG7 = Double.longBitsToDouble(0x3fc2f112df3e5244L);

    private NaturalLogarithm() {
    }

    public static double log(double x) {
        int high = Ieee754.high(x);
        int low = Ieee754.low(x);
        int k = 0;
        if (high < 0x00100000) { // x < 2^-1022: zero, negative or subnormal
            if (((high & 0x7fffffff) | low) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (high < 0) {
                return (x - x) / 0.0; // x86's default NaN (sign bit set), as fdlibm computes it
            }
            k -= 54; // scale a subnormal up into the normal range
            x *= TWO_TO_54;
            high = Ieee754.high(x);
        }
        if (high >= 0x7ff00000) {
            return x + x; // Infinity or NaN
        }
        k += (high >> 20) - 1023;
        high &= 0x000fffff;
        int halve = (high + 0x95f64) & 0x100000; // set when the significand is above sqrt(2)
        x = Ieee754.withHigh(x, high | (halve ^ 0x3ff00000)); // 1 + f, or (1 + f) / 2
        k += halve >> 20;
        double f = x - 1.0;
        if ((0x000fffff & (2 + high)) < 3) { // |f| < 2^-20: a short series suffices
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                double dk = k;
                return dk * LN2_HIGH + dk * LN2_LOW;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            double dk = k;
            return dk * LN2_HIGH - ((r - dk * LN2_LOW) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        int nearLow = high - 0x6147a;
        double w = z * z;
        int nearHigh = 0x6b851 - high;
        double oddTerms = w * (LG2 + w * (LG4 + w * LG6));
        double evenTerms = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double r = evenTerms + oddTerms;
        if ((nearLow | nearHigh) > 0) { // f far from 0: keep f^2/2 apart for accuracy
            double halfSquare = 0.5 * f * f;
            if (k == 0) {
                return f - (halfSquare - s * (halfSquare + r));
            }
            return dk * LN2_HIGH - ((halfSquare - (s * (halfSquare + r) + dk * LN2_LOW)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HIGH - ((s * (f - r) - dk * LN2_LOW) - f);
    }
}
