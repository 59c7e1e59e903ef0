package org.os2j.runtime.math;

/**
 * sinh, cosh and tanh as StrictMath defines them: fdlibm 5.3's algorithms (e_sinh.c, e_cosh.c,
 * s_tanh.c), evaluated in the same order so every result is bit-identical to HotSpot's StrictMath.
 *
 * <p>Method: with E = expm1(|x|), for |x| < 22, sinh(x) = sign(x) / 2 * (2E - E^2 / (E + 1)) below
 * 1 and sign(x) / 2 * (E + E / (E + 1)) above; cosh(x) = 1 + E^2 / (2(E + 1)) below 0.5 * ln2 and
 * (e^|x| + 1 / e^|x|) / 2 above; tanh(x) = 1 - 2 / (expm1(2|x|) + 2) for |x| >= 1 and -t / (t + 2)
 * with t = expm1(-2|x|) below. From 22 up, sinh and cosh are e^|x| / 2, computed as (e^(|x|/2) / 2)
 * * e^(|x|/2) near the overflow threshold so the intermediate does not overflow first; tanh is
 * +-1. exp is StrictMath.exp (the JDK's Java fdlibm port). Special cases: sinh(+-Infinity) =
 * +-Infinity, cosh(+-Infinity) = +Infinity, tanh(+-Infinity) = +-1, NaN gives NaN, and a tiny x
 * gives x (sinh, tanh) or 1 (cosh).
 */
public final class Hyperbolic {
    private static final double SINH_HUGE = 1.0e307;
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;

    private Hyperbolic() {
    }

    public static double sinh(double x) {
        int high = Ieee754.high(x);
        int magnitudeHigh = high & 0x7fffffff;
        if (magnitudeHigh >= 0x7ff00000) {
            return x + x; // Infinity or NaN
        }
        double half = high < 0 ? -0.5 : 0.5;
        if (magnitudeHigh < 0x40360000) { // |x| < 22
            if (magnitudeHigh < 0x3e300000 && SINH_HUGE + x > 1.0) { // |x| < 2^-28: sinh(x) = x
                return x;
            }
            double t = ExponentialMinusOne.expm1(Math.abs(x));
            if (magnitudeHigh < 0x3ff00000) {
                return half * (2.0 * t - t * t / (t + 1.0));
            }
            return half * (t + t / (t + 1.0));
        }
        if (magnitudeHigh < 0x40862e42) { // |x| < log(Double.MAX_VALUE)
            return half * StrictMath.exp(Math.abs(x));
        }
        if (belowOverflowThreshold(x, magnitudeHigh)) {
            double w = StrictMath.exp(0.5 * Math.abs(x));
            double t = half * w;
            return t * w;
        }
        return x * SINH_HUGE; // overflow to +-Infinity
    }

    public static double cosh(double x) {
        int magnitudeHigh = Ieee754.high(x) & 0x7fffffff;
        if (magnitudeHigh >= 0x7ff00000) {
            return x * x; // Infinity or NaN
        }
        if (magnitudeHigh < 0x3fd62e43) { // |x| < 0.5 * ln2
            double t = ExponentialMinusOne.expm1(Math.abs(x));
            double w = 1.0 + t;
            if (magnitudeHigh < 0x3c800000) { // |x| < 2^-55: cosh(x) = 1
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (magnitudeHigh < 0x40360000) { // |x| < 22
            double t = StrictMath.exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (magnitudeHigh < 0x40862e42) { // |x| < log(Double.MAX_VALUE)
            return 0.5 * StrictMath.exp(Math.abs(x));
        }
        if (belowOverflowThreshold(x, magnitudeHigh)) {
            double w = StrictMath.exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        return HUGE * HUGE; // +Infinity
    }

    public static double tanh(double x) {
        int high = Ieee754.high(x);
        int magnitudeHigh = high & 0x7fffffff;
        if (magnitudeHigh >= 0x7ff00000) {
            if (high >= 0) {
                return 1.0 / x + 1.0; // +Infinity gives 1, a positive NaN stays NaN
            }
            return 1.0 / x - 1.0; // -Infinity gives -1, a negative NaN stays NaN
        }
        double z;
        if (magnitudeHigh < 0x40360000) { // |x| < 22
            if (magnitudeHigh < 0x3c800000) { // |x| < 2^-55: tanh(x) = x
                return x * (1.0 + x);
            }
            if (magnitudeHigh >= 0x3ff00000) { // |x| >= 1
                double t = ExponentialMinusOne.expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = ExponentialMinusOne.expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else { // |x| >= 22: +-1 to working precision
            z = 1.0 - TINY;
        }
        return high >= 0 ? z : -z;
    }

    /** |x| <= 710.4758600739439 (0x408633ce8fb9f87d), where e^|x| / 2 still fits in a double. */
    private static boolean belowOverflowThreshold(double x, int magnitudeHigh) {
        return magnitudeHigh < 0x408633ce
                || (magnitudeHigh == 0x408633ce && Integer.compareUnsigned(Ieee754.low(x), 0x8fb9f87d) <= 0);
    }
}
