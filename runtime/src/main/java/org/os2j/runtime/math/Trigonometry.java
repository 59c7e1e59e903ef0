package org.os2j.runtime.math;

/**
 * Sine, cosine and tangent as StrictMath defines them: fdlibm 5.3's algorithms (s_sin.c, s_cos.c,
 * s_tan.c with the kernels k_sin.c, k_cos.c, k_tan.c), evaluated in the same order so every result
 * is bit-identical to HotSpot's StrictMath.sin, cos and tan.
 *
 * <p>Method: reduce x to y = x - n * pi/2, |y| <= pi/4, held as head + tail
 * ({@link PiOver2Reduction}); then by n mod 4 the result is +-sin(y), +-cos(y), or tan(y) or
 * -1/tan(y). On [-pi/4, pi/4] each kernel is a minimax polynomial that takes the tail into account
 * to first order: sin(y) ~ y + y^3 * S(y^2) (degree 6 in y^2, error below 2^-58), cos(y) ~
 * 1 - y^2/2 + y^4 * C(y^2) (degree 6, error below 2^-58), tan(y) ~ y + y^3 * T(y^2) (degree 13,
 * error below 2^-59.2, with tan(pi/4 - y) = (1 - tan y) / (1 + tan y) used for |y| >= 0.6744).
 * Special cases: sin, tan of +-0 is +-0; cos(+-0) = 1; Infinity or NaN gives NaN.
 */
public final class Trigonometry {
    private static final double S1 = Double.longBitsToDouble(0xbfc5555555555549L);
    private static final double S2 = Double.longBitsToDouble(0x3f8111111110f8a6L);
    private static final double S3 = Double.longBitsToDouble(0xbf2a01a019c161d5L);
    private static final double S4 = Double.longBitsToDouble(0x3ec71de357b1fe7dL);
    private static final double S5 = Double.longBitsToDouble(0xbe5ae5e68a2b9cebL);
    private static final double S6 = Double.longBitsToDouble(0x3de5d93a5acfd57cL);

    private static final double C1 = Double.longBitsToDouble(0x3fa555555555554cL);
    private static final double C2 = Double.longBitsToDouble(0xbf56c16c16c15177L);
    private static final double C3 = Double.longBitsToDouble(0x3efa01a019cb1590L);
    private static final double C4 = Double.longBitsToDouble(0xbe927e4f809c52adL);
    private static final double C5 = Double.longBitsToDouble(0x3e21ee9ebdb4b1c4L);
    private static final double C6 = Double.longBitsToDouble(0xbda8fae9be8838d4L);

    private static final double T0 = Double.longBitsToDouble(0x3fd5555555555563L);
    private static final double T1 = Double.longBitsToDouble(0x3fc111111110fe7aL);
    private static final double T2 = Double.longBitsToDouble(0x3faba1ba1bb341feL);
    private static final double T3 = Double.longBitsToDouble(0x3f9664f48406d637L);
    private static final double T4 = Double.longBitsToDouble(0x3f8226e3e96e8493L);
    private static final double T5 = Double.longBitsToDouble(0x3f6d6d22c9560328L);
    private static final double T6 = Double.longBitsToDouble(0x3f57dbc8fee08315L);
    private static final double T7 = Double.longBitsToDouble(0x3f4344d8f2f26501L);
    private static final double T8 = Double.longBitsToDouble(0x3f3026f71a8d1068L);
    private static final double T9 = Double.longBitsToDouble(0x3f147e88a03792a6L);
    private static final double T10 = Double.longBitsToDouble(0x3f12b80f32f0a7e9L);
    private static final double T11 = Double.longBitsToDouble(0xbef375cbdb605373L);
    private static final double T12 = Double.longBitsToDouble(0x3efb2a7074bf7ad4L);

    /** pi/4 rounded, and the rounding error. */
    private static final double PI_OVER_4 = Double.longBitsToDouble(0x3fe921fb54442d18L);
    private static final double PI_OVER_4_TAIL = Double.longBitsToDouble(0x3c81a62633145c07L);

    private Trigonometry() {
    }

    public static double sin(double x) {
        int magnitude = Ieee754.high(x) & 0x7fffffff;
        if (magnitude <= 0x3fe921fb) { // |x| ~<= pi/4
            return kernelSin(x, 0.0, false);
        }
        if (magnitude >= 0x7ff00000) {
            return x - x; // NaN for Infinity and NaN
        }
        double[] remainder = new double[2];
        int n = PiOver2Reduction.reduce(x, remainder);
        switch (n & 3) {
            case 0:
                return kernelSin(remainder[0], remainder[1], true);
            case 1:
                return kernelCos(remainder[0], remainder[1]);
            case 2:
                return -kernelSin(remainder[0], remainder[1], true);
            default:
                return -kernelCos(remainder[0], remainder[1]);
        }
    }

    public static double cos(double x) {
        int magnitude = Ieee754.high(x) & 0x7fffffff;
        if (magnitude <= 0x3fe921fb) {
            return kernelCos(x, 0.0);
        }
        if (magnitude >= 0x7ff00000) {
            return x - x;
        }
        double[] remainder = new double[2];
        int n = PiOver2Reduction.reduce(x, remainder);
        switch (n & 3) {
            case 0:
                return kernelCos(remainder[0], remainder[1]);
            case 1:
                return -kernelSin(remainder[0], remainder[1], true);
            case 2:
                return -kernelCos(remainder[0], remainder[1]);
            default:
                return kernelSin(remainder[0], remainder[1], true);
        }
    }

    public static double tan(double x) {
        int magnitude = Ieee754.high(x) & 0x7fffffff;
        if (magnitude <= 0x3fe921fb) {
            return kernelTan(x, 0.0, 1);
        }
        if (magnitude >= 0x7ff00000) {
            return x - x;
        }
        double[] remainder = new double[2];
        int n = PiOver2Reduction.reduce(x, remainder);
        return kernelTan(remainder[0], remainder[1], 1 - ((n & 1) << 1)); // 1 for even n, -1 for odd
    }

    /**
     * sin(x + tail) for |x| ~<= pi/4, |tail| small against x. {@code hasTail} false means tail is
     * zero, which saves the correction: sin(x + tail) ~ sin(x) + tail * (1 - x^2/2).
     */
    static double kernelSin(double x, double tail, boolean hasTail) {
        int magnitude = Ieee754.high(x) & 0x7fffffff;
        if (magnitude < 0x3e400000) { // |x| < 2^-27: sin x rounds to x
            return x;
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (!hasTail) {
            return x + v * (S1 + z * r);
        }
        return x - ((z * (0.5 * tail - v * r) - tail) - v * S1);
    }

    /**
     * cos(x + tail) for |x| ~<= pi/4, using cos(x + tail) ~ cos(x) - x * tail. When x^2/2 is large
     * (|x| >= 0.3), 1 - x^2/2 would lose bits, so a quarter of x^2 (or 0.28125) is subtracted
     * from 1 exactly first: 1 - x^2/2 = (1 - q) - (x^2/2 - q).
     */
    static double kernelCos(double x, double tail) {
        int magnitude = Ieee754.high(x) & 0x7fffffff;
        if (magnitude < 0x3e400000) { // |x| < 2^-27: cos x rounds to 1
            return 1.0;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (magnitude < 0x3fd33333) { // |x| < 0.3
            return 1.0 - (0.5 * z - (z * r - x * tail));
        }
        double quarter;
        if (magnitude > 0x3fe90000) { // |x| > 0.78125
            quarter = 0.28125;
        } else {
            quarter = Double.longBitsToDouble((long) (magnitude - 0x00200000) << 32); // |x|/4, truncated
        }
        double halfSquareLessQuarter = 0.5 * z - quarter;
        double oneLessQuarter = 1.0 - quarter;
        return oneLessQuarter - (halfSquareLessQuarter - (z * r - x * tail));
    }

    /**
     * tan(x + tail) if {@code sign} is 1, -1/tan(x + tail) if it is -1, for |x| ~<= pi/4. Near
     * pi/4 (|x| >= 0.6744) it works with pi/4 - |x| instead, and the reciprocal is computed
     * carefully (a 21-bit quotient refined once) to stay within one ulp.
     */
    static double kernelTan(double x, double tail, int sign) {
        int high = Ieee754.high(x);
        int magnitude = high & 0x7fffffff;
        if (magnitude < 0x3e300000) { // |x| < 2^-28: tan x rounds to x
            if (((magnitude | Ieee754.low(x)) | (sign + 1)) == 0) {
                return 1.0 / Math.abs(x); // -1/tan(+-0): Infinity
            }
            if (sign == 1) {
                return x;
            }
            // -1 / (x + tail), carefully
            double w = x + tail;
            double z = withLowCleared(w);
            double v = tail - (z - x);
            double a = -1.0 / w;
            double t = withLowCleared(a);
            double s = 1.0 + t * z;
            return t + a * (s + t * v);
        }
        boolean nearPiOver4 = magnitude >= 0x3fe59428; // |x| >= 0.6744
        if (nearPiOver4) {
            if (high < 0) {
                x = -x;
                tail = -tail;
            }
            double z = PI_OVER_4 - x;
            double w = PI_OVER_4_TAIL - tail;
            x = z + w;
            tail = 0.0;
        }
        double z = x * x;
        double w = z * z;
        // x^5 * T(x^2) split into odd and even powers of x^4 so the two halves evaluate in parallel
        double r = T1 + w * (T3 + w * (T5 + w * (T7 + w * (T9 + w * T11))));
        double v = z * (T2 + w * (T4 + w * (T6 + w * (T8 + w * (T10 + w * T12)))));
        double s = z * x;
        r = tail + z * (s * (r + v) + tail);
        r += T0 * s;
        w = x + r;
        if (nearPiOver4) {
            v = sign;
            return (double) (1 - ((high >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
        }
        if (sign == 1) {
            return w;
        }
        // -1 / (x + r), carefully: z + v = x + r exactly, t ~ -1/w to 21 bits, then one correction
        z = withLowCleared(w);
        v = r - (z - x);
        double a = -1.0 / w;
        double t = withLowCleared(a);
        s = 1.0 + t * z;
        return t + a * (s + t * v);
    }

    /** {@code x} with its low word set to zero (fdlibm's {@code __LO(x) = 0}). */
    private static double withLowCleared(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
    }
}
