package org.os2j.runtime.math;

/**
 * e^x - 1 as StrictMath defines it: fdlibm 5.3's algorithm (s_expm1.c), evaluated in the same
 * order so every result is bit-identical to HotSpot's StrictMath.expm1.
 *
 * <p>Method: reduce x = k * ln2 + r with |r| <= 0.5 * ln2, keeping the rounding error c of r (ln2
 * split into a high part whose products with k are exact and a low part). On [-0.35, 0.35], e^r - 1
 * = r + r^2/2 + r^3/6 * (3 - (R1 + R1 * r/2)) / (6 - r * (3 - R1 * r/2)), with R1 a minimax
 * polynomial of degree 5 in r^2/2 (Q1..Q5); the error term e is corrected by c. Then e^x - 1 =
 * 2^k * (e^r - 1) + (2^k - 1), assembled in the order that loses least for each range of k, the
 * exponent added by integer arithmetic on the high word. Special cases: expm1(+Infinity) =
 * +Infinity, expm1(-Infinity) = -1, expm1(NaN) = NaN, overflow above 709.78, -1 below -56 * ln2,
 * and expm1(x) = x for |x| < 2^-54.
 */
public final class ExponentialMinusOne {
    private static final double OVERFLOW_THRESHOLD = Double.longBitsToDouble(0x40862e42fefa39efL);
    private static final double LN2_HIGH = Double.longBitsToDouble(0x3fe62e42fee00000L);
    private static final double LN2_LOW = Double.longBitsToDouble(0x3dea39ef35793c76L);
    private static final double INVERSE_LN2 = Double.longBitsToDouble(0x3ff71547652b82feL);
    private static final double Q1 = Double.longBitsToDouble(0xbfa11111111110f4L);
    private static final double Q2 = Double.longBitsToDouble(0x3f5a01a019fe5585L);
    private static final double Q3 = Double.longBitsToDouble(0xbf14ce199eaadbb7L);
    private static final double Q4 = Double.longBitsToDouble(0x3ed0cfca86e65239L);
    private static final double Q5 = Double.longBitsToDouble(0xbe8afdb76e09c32dL);
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;

    private ExponentialMinusOne() {
    }

    public static double expm1(double x) {
        int high = Ieee754.high(x);
        boolean negative = high < 0;
        int magnitudeHigh = high & 0x7fffffff;

        if (magnitudeHigh >= 0x4043687a) { // |x| >= 56 * ln2
            if (magnitudeHigh >= 0x40862e42) { // |x| >= 709.78
                if (magnitudeHigh >= 0x7ff00000) {
                    if (((magnitudeHigh & 0xfffff) | Ieee754.low(x)) != 0) {
                        return x + x; // NaN
                    }
                    return negative ? -1.0 : x;
                }
                if (x > OVERFLOW_THRESHOLD) {
                    return HUGE * HUGE; // +Infinity
                }
            }
            if (negative && x + TINY < 0.0) { // x < -56 * ln2: e^x is below half an ulp of 1
                return TINY - 1.0;
            }
        }

        int k;
        double correction = 0.0; // rounding error of the reduced argument
        if (magnitudeHigh > 0x3fd62e42) { // |x| > 0.5 * ln2: reduce
            double reducedHigh;
            double reducedLow;
            if (magnitudeHigh < 0x3ff0a2b2) { // |x| < 1.5 * ln2: k is +-1
                if (!negative) {
                    reducedHigh = x - LN2_HIGH;
                    reducedLow = LN2_LOW;
                    k = 1;
                } else {
                    reducedHigh = x + LN2_HIGH;
                    reducedLow = -LN2_LOW;
                    k = -1;
                }
            } else {
                k = (int) (INVERSE_LN2 * x + (negative ? -0.5 : 0.5));
                double t = k;
                reducedHigh = x - t * LN2_HIGH; // exact: LN2_HIGH has trailing zero bits
                reducedLow = t * LN2_LOW;
            }
            x = reducedHigh - reducedLow;
            correction = (reducedHigh - x) - reducedLow;
        } else if (magnitudeHigh < 0x3c900000) { // |x| < 2^-54: x itself
            double t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }

        double halfX = 0.5 * x;
        double halfSquare = x * halfX;
        double r1 = 1.0 + halfSquare * (Q1 + halfSquare * (Q2 + halfSquare * (Q3 + halfSquare * (Q4 + halfSquare * Q5))));
        double t = 3.0 - r1 * halfX;
        double e = halfSquare * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - halfSquare); // no correction: x was not reduced
        }
        e = x * (e - correction) - correction;
        e -= halfSquare;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            if (x < -0.25) {
                return -2.0 * (e - (x + 0.5));
            }
            return 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) { // 2^k - 1 is -1 or 2^k to working precision: e^x - 1 suffices
            double y = 1.0 - (e - x);
            y = addToExponent(y, k);
            return y - 1.0;
        }
        double y;
        if (k < 20) {
            double oneMinusPower = Ieee754.withHigh(1.0, 0x3ff00000 - (0x200000 >> k)); // 1 - 2^-k
            y = oneMinusPower - (e - x);
            y = addToExponent(y, k);
        } else {
            double power = Ieee754.withHigh(1.0, (0x3ff - k) << 20); // 2^-k
            y = x - (e + power);
            y += 1.0;
            y = addToExponent(y, k);
        }
        return y;
    }

    /** y * 2^k by integer addition to the exponent field (fdlibm's __HI(y) += k << 20). */
    private static double addToExponent(double y, int k) {
        return Ieee754.withHigh(y, Ieee754.high(y) + (k << 20));
    }
}
