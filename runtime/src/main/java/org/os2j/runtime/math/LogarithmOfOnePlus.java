package org.os2j.runtime.math;

/**
 * log(1 + x) as StrictMath defines it: fdlibm 5.3's algorithm (s_log1p.c), evaluated in the same
 * order so every result is bit-identical to HotSpot's StrictMath.log1p.
 *
 * <p>Method: write 1 + x = 2^k * (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2). When 1 + x is rounded,
 * the rounding error c (relative to 1 + x) is kept, since log(1 + x) = k * ln2 + log(1 + f) + c /
 * (1 + x) to first order. For -0.2929 < x < 0.41422 no reduction is needed (k = 0, f = x, c = 0).
 * Then, with s = f / (2 + f), log(1 + f) = f - (f^2/2 - s * (f^2/2 + R(s^2))), R the same minimax
 * polynomial of degree 7 in s^2 as log's, but tightened for the smaller range. ln2 is split into a
 * high part with trailing zero bits (k * LN2_HIGH exact) and a low part. Special cases:
 * log1p(-1) = -Infinity, log1p(x < -1) = NaN, log1p(+Infinity) = +Infinity, log1p(NaN) = NaN,
 * log1p(+-0) = +-0, and log1p(x) = x for |x| < 2^-54.
 */
public final class LogarithmOfOnePlus {
    private static final double LN2_HIGH = Double.longBitsToDouble(0x3fe62e42fee00000L);
    private static final double LN2_LOW = Double.longBitsToDouble(0x3dea39ef35793c76L);
    private static final double LP1 = Double.longBitsToDouble(0x3fe5555555555593L);
    private static final double LP2 = Double.longBitsToDouble(0x3fd999999997fa04L);
    private static final double LP3 = Double.longBitsToDouble(0x3fd2492494229359L);
    private static final double LP4 = Double.longBitsToDouble(0x3fcc71c51d8e78afL);
    private static final double LP5 = Double.longBitsToDouble(0x3fc7466496cb03deL);
    private static final double LP6 = Double.longBitsToDouble(0x3fc39a09d078c69fL);
    private static final double LP7 = Double.longBitsToDouble(0x3fc2f112df3e5244L);
    /** fdlibm's literal 0.66666666666666666 (the nearest double to 2/3). */
    private static final double TWO_THIRDS = 0.66666666666666666;

    private LogarithmOfOnePlus() {
    }

    public static double log1p(double x) {
        int high = Ieee754.high(x);
        int magnitudeHigh = high & 0x7fffffff;
        int k = 1;
        double f = 0.0;
        double correction = 0.0; // rounding error of 1 + x, divided by 1 + x
        int significandHigh = 0; // top 20 bits of f's significand once reduced; 0 means |f| < 2^-20
        if (high < 0x3fda827a) { // x < 0.41422, every negative x included
            if (magnitudeHigh >= 0x3ff00000) { // x <= -1, -Infinity or a negative NaN
                if (x == -1.0) {
                    return Double.NEGATIVE_INFINITY;
                }
                // x86's default NaN (sign bit set) below -1; a NaN argument comes back quieted
                return (x - x) / (x - x);
            }
            if (magnitudeHigh < 0x3e200000) { // |x| < 2^-29: the series' second term is enough
                if (magnitudeHigh < 0x3c900000) { // |x| < 2^-54: even x^2/2 is below half an ulp
                    return x;
                }
                return x - x * x * 0.5;
            }
            if (high > 0 || high <= 0xbfd2bec3) { // -0.2929 < x < 0.41422: 1 + x needs no reduction
                k = 0;
                f = x;
                significandHigh = 1; // any non-zero value: take the polynomial path
            }
        }
        if (high >= 0x7ff00000) {
            return x + x; // +Infinity or a positive NaN
        }
        if (k != 0) {
            double u;
            if (high < 0x43400000) { // x < 2^53: 1 + x may be rounded, keep the error
                u = 1.0 + x;
                significandHigh = Ieee754.high(u);
                k = (significandHigh >> 20) - 1023;
                // the subtraction that is exact for this exponent recovers what rounding lost
                correction = (k > 0) ? 1.0 - (u - x) : x - (u - 1.0);
                correction /= u;
            } else { // 1 is below x's last place: log(x) suffices
                u = x;
                significandHigh = Ieee754.high(u);
                k = (significandHigh >> 20) - 1023;
                correction = 0.0;
            }
            significandHigh &= 0x000fffff;
            if (significandHigh < 0x6a09e) { // significand below sqrt(2): 1 + f in [1, sqrt(2))
                u = Ieee754.withHigh(u, significandHigh | 0x3ff00000);
            } else { // halve it into [sqrt(2)/2, 1)
                k += 1;
                u = Ieee754.withHigh(u, significandHigh | 0x3fe00000);
                significandHigh = (0x00100000 - significandHigh) >> 2;
            }
            f = u - 1.0;
        }
        double halfSquare = 0.5 * f * f;
        if (significandHigh == 0) { // |f| < 2^-20: a short series suffices
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                correction += k * LN2_LOW;
                return k * LN2_HIGH + correction;
            }
            double r = halfSquare * (1.0 - TWO_THIRDS * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HIGH - ((r - (k * LN2_LOW + correction)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
        if (k == 0) {
            return f - (halfSquare - s * (halfSquare + r));
        }
        return k * LN2_HIGH - ((halfSquare - (s * (halfSquare + r) + (k * LN2_LOW + correction))) - f);
    }
}
