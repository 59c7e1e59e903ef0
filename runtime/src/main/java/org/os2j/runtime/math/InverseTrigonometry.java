package org.os2j.runtime.math;

/**
 * The inverse trigonometric functions as StrictMath defines them: fdlibm 5.3's algorithms
 * (e_asin.c, e_acos.c, s_atan.c, e_atan2.c), evaluated in the same order so every result is
 * bit-identical to HotSpot's StrictMath.asin, acos, atan and atan2.
 *
 * <p>asin and acos share one rational approximation: asin(x) = x + x^3 * R(x^2) on |x| <= 0.5,
 * where R(t) = P(t) / Q(t) (P of degree 6 with a factor t, Q of degree 4; error below 2^-58.75).
 * Above 0.5 both use the identity asin(x) = pi/2 - 2 * asin(sqrt((1 - x) / 2)) with
 * s = sqrt((1 - x) / 2) and the same R at t = (1 - x) / 2. Where the result must carry more than
 * 53 bits through the subtraction from pi/2, s is split into a head whose low 32 bits are zero
 * (so its square is exact) and a correction c = (t - head^2) / (s + head).
 *
 * <p>atan reduces its argument to [-7/16, 7/16] with atan(x) = atan(b) + atan((x - b) / (1 + x b))
 * for b = 0.5, 1, 1.5 or infinity (atan(b) kept as a high and a low part), then evaluates
 * atan(x) = x - x^3 * (a1 + a2 x^2 + ... + a11 x^20), split into odd and even powers of x^4.
 * atan2(y, x) is atan(|y / x|) moved into the quadrant of (x, y), with pi's low part added back.
 *
 * <p>Special cases: asin(+-0) = +-0, acos(1) = +0, asin and acos of |x| > 1 or NaN are NaN;
 * atan(+-0) = +-0, atan(+-Infinity) = +-pi/2; atan2 follows the IEEE table (signed zeros and
 * infinities pick the exact quadrant angle, either argument NaN gives NaN).
 */
public final class InverseTrigonometry {
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;
    private static final double PI = Double.longBitsToDouble(0x400921fb54442d18L);
    private static final double PI_LOW = Double.longBitsToDouble(0x3ca1a62633145c07L);
    private static final double PI_OVER_2_HIGH = Double.longBitsToDouble(0x3ff921fb54442d18L);
    private static final double PI_OVER_2_LOW = Double.longBitsToDouble(0x3c91a62633145c07L);
    private static final double PI_OVER_4_HIGH = Double.longBitsToDouble(0x3fe921fb54442d18L);

    // asin's R(t) = P(t) / Q(t): numerator coefficients P0..P5, denominator Q1..Q4 (Q0 = 1).
    private static final double P0 = Double.longBitsToDouble(0x3fc5555555555555L);
    private static final double P1 = Double.longBitsToDouble(0xbfd4d61203eb6f7dL);
    private static final double P2 = Double.longBitsToDouble(0x3fc9c1550e884455L);
    private static final double P3 = Double.longBitsToDouble(0xbfa48228b5688f3bL);
    private static final double P4 = Double.longBitsToDouble(0x3f49efe07501b288L);
    private static final double P5 = Double.longBitsToDouble(0x3f023de10dfdf709L);
    private static final double Q1 = Double.longBitsToDouble(0xc0033a271c8a2d4bL);
    private static final double Q2 = Double.longBitsToDouble(0x40002ae59c598ac8L);
    private static final double Q3 = Double.longBitsToDouble(0xbfe6066c1b8d0159L);
    private static final double Q4 = Double.longBitsToDouble(0x3fb3b8c5b12e9282L);

    /** atan(0.5), atan(1), atan(1.5), atan(Infinity) rounded, and what each rounding left out. */
    private static final double[] ATAN_HIGH = {
        Double.longBitsToDouble(0x3fddac670561bb4fL),
        Double.longBitsToDouble(0x3fe921fb54442d18L),
        Double.longBitsToDouble(0x3fef730bd281f69bL),
        Double.longBitsToDouble(0x3ff921fb54442d18L),
    };
    private static final double[] ATAN_LOW = {
        Double.longBitsToDouble(0x3c7a2b7f222f65e2L),
        Double.longBitsToDouble(0x3c81a62633145c07L),
        Double.longBitsToDouble(0x3c7007887af0cbbdL),
        Double.longBitsToDouble(0x3c91a62633145c07L),
    };

    /** atan's series coefficients a1..a11 (of x^3, x^5, ..., x^23, alternating in sign). */
    private static final double[] ATAN_SERIES = {
        Double.longBitsToDouble(0x3fd555555555550dL),
        Double.longBitsToDouble(0xbfc999999998ebc4L),
        Double.longBitsToDouble(0x3fc24924920083ffL),
        Double.longBitsToDouble(0xbfbc71c6fe231671L),
        Double.longBitsToDouble(0x3fb745cdc54c206eL),
        Double.longBitsToDouble(0xbfb3b0f2af749a6dL),
        Double.longBitsToDouble(0x3fb10d66a0d03d51L),
        Double.longBitsToDouble(0xbfadde2d52defd9aL),
        Double.longBitsToDouble(0x3fa97b4b24760debL),
        Double.longBitsToDouble(0xbfa2b4442c6a6c2fL),
        Double.longBitsToDouble(0x3f90ad3ae322da11L),
    };

    private InverseTrigonometry() {
    }

    public static double asin(double x) {
        int high = Ieee754.high(x);
        int magnitude = high & 0x7fffffff;
        if (magnitude >= 0x3ff00000) { // |x| >= 1 or NaN
            if (((magnitude - 0x3ff00000) | Ieee754.low(x)) == 0) {
                return x * PI_OVER_2_HIGH + x * PI_OVER_2_LOW; // asin(+-1) = +-pi/2
            }
            return (x - x) / (x - x); // |x| > 1: x86's default NaN; a NaN argument passes through
        }
        if (magnitude < 0x3fe00000) { // |x| < 0.5
            if (magnitude < 0x3e400000) { // |x| < 2^-27: x^3 / 6 is below half an ulp of x
                if (HUGE + x > 1.0) {
                    return x;
                }
            }
            double t = x * x;
            double p = t * (P0 + t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5)))));
            double q = 1.0 + t * (Q1 + t * (Q2 + t * (Q3 + t * Q4)));
            double w = p / q;
            return x + x * w;
        }
        // 0.5 <= |x| < 1: asin(|x|) = pi/2 - 2 * asin(s) with s = sqrt((1 - |x|) / 2)
        double w = 1.0 - Math.abs(x);
        double t = w * 0.5;
        double p = t * (P0 + t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5)))));
        double q = 1.0 + t * (Q1 + t * (Q2 + t * (Q3 + t * Q4)));
        double s = StrictMath.sqrt(t);
        if (magnitude >= 0x3fef3333) { // |x| > 0.975: s is small enough for a plain subtraction
            w = p / q;
            t = PI_OVER_2_HIGH - (2.0 * (s + s * w) - PI_OVER_2_LOW);
        } else {
            // pi/4 - (2s - pi/4) loses bits to cancellation: carry s as head + c exactly
            double head = withLowZero(s);
            double c = (t - head * head) / (s + head);
            double r = p / q;
            p = 2.0 * s * r - (PI_OVER_2_LOW - 2.0 * c);
            q = PI_OVER_4_HIGH - 2.0 * head;
            t = PI_OVER_4_HIGH - (p - q);
        }
        return high > 0 ? t : -t;
    }

    public static double acos(double x) {
        int high = Ieee754.high(x);
        int magnitude = high & 0x7fffffff;
        if (magnitude >= 0x3ff00000) { // |x| >= 1 or NaN
            if (((magnitude - 0x3ff00000) | Ieee754.low(x)) == 0) {
                if (high > 0) {
                    return 0.0; // acos(1) = 0
                }
                return PI + 2.0 * PI_OVER_2_LOW; // acos(-1) = pi
            }
            return (x - x) / (x - x); // |x| > 1: x86's default NaN; a NaN argument passes through
        }
        if (magnitude < 0x3fe00000) { // |x| < 0.5: acos(x) = pi/2 - asin(x)
            if (magnitude <= 0x3c600000) { // |x| <= 2^-57: asin(x) is below pi/2's last bit
                return PI_OVER_2_HIGH + PI_OVER_2_LOW;
            }
            double z = x * x;
            double p = z * (P0 + z * (P1 + z * (P2 + z * (P3 + z * (P4 + z * P5)))));
            double q = 1.0 + z * (Q1 + z * (Q2 + z * (Q3 + z * Q4)));
            double r = p / q;
            return PI_OVER_2_HIGH - (x - (PI_OVER_2_LOW - x * r));
        }
        if (high < 0) { // x <= -0.5: acos(x) = pi - 2 * asin(sqrt((1 + x) / 2))
            double z = (1.0 + x) * 0.5;
            double p = z * (P0 + z * (P1 + z * (P2 + z * (P3 + z * (P4 + z * P5)))));
            double q = 1.0 + z * (Q1 + z * (Q2 + z * (Q3 + z * Q4)));
            double s = StrictMath.sqrt(z);
            double r = p / q;
            double w = r * s - PI_OVER_2_LOW;
            return PI - 2.0 * (s + w);
        }
        // x >= 0.5: acos(x) = 2 * asin(s), s = sqrt((1 - x) / 2), with s as an exact head + c
        double z = (1.0 - x) * 0.5;
        double s = StrictMath.sqrt(z);
        double head = withLowZero(s);
        double c = (z - head * head) / (s + head);
        double p = z * (P0 + z * (P1 + z * (P2 + z * (P3 + z * (P4 + z * P5)))));
        double q = 1.0 + z * (Q1 + z * (Q2 + z * (Q3 + z * Q4)));
        double r = p / q;
        double w = r * s + c;
        return 2.0 * (head + w);
    }

    public static double atan(double x) {
        int high = Ieee754.high(x);
        int magnitude = high & 0x7fffffff;
        int base; // which atan(b) the reduction subtracts; -1 for none
        if (magnitude >= 0x44100000) { // |x| >= 2^66: atan(x) rounds to +-pi/2, or NaN
            if (magnitude > 0x7ff00000 || (magnitude == 0x7ff00000 && Ieee754.low(x) != 0)) {
                return x + x;
            }
            if (high > 0) {
                return ATAN_HIGH[3] + ATAN_LOW[3];
            }
            return -ATAN_HIGH[3] - ATAN_LOW[3];
        }
        if (magnitude < 0x3fdc0000) { // |x| < 0.4375: no reduction
            if (magnitude < 0x3e200000) { // |x| < 2^-29: x^3 / 3 is below half an ulp of x
                if (HUGE + x > 1.0) {
                    return x;
                }
            }
            base = -1;
        } else {
            x = Math.abs(x);
            if (magnitude < 0x3ff30000) { // |x| < 1.1875
                if (magnitude < 0x3fe60000) { // 0.4375 <= |x| < 0.6875: around 0.5
                    base = 0;
                    x = (2.0 * x - 1.0) / (2.0 + x);
                } else { // 0.6875 <= |x| < 1.1875: around 1
                    base = 1;
                    x = (x - 1.0) / (x + 1.0);
                }
            } else if (magnitude < 0x40038000) { // 1.1875 <= |x| < 2.4375: around 1.5
                base = 2;
                x = (x - 1.5) / (1.0 + 1.5 * x);
            } else { // 2.4375 <= |x| < 2^66: atan(x) = pi/2 - atan(1/x)
                base = 3;
                x = -1.0 / x;
            }
        }
        double z = x * x;
        double w = z * z;
        double[] a = ATAN_SERIES;
        double oddTerms = z * (a[0] + w * (a[2] + w * (a[4] + w * (a[6] + w * (a[8] + w * a[10])))));
        double evenTerms = w * (a[1] + w * (a[3] + w * (a[5] + w * (a[7] + w * a[9]))));
        if (base < 0) {
            return x - x * (oddTerms + evenTerms);
        }
        z = ATAN_HIGH[base] - ((x * (oddTerms + evenTerms) - ATAN_LOW[base]) - x);
        return high < 0 ? -z : z;
    }

    public static double atan2(double y, double x) {
        int highX = Ieee754.high(x);
        int magnitudeX = highX & 0x7fffffff;
        int lowX = Ieee754.low(x);
        int highY = Ieee754.high(y);
        int magnitudeY = highY & 0x7fffffff;
        int lowY = Ieee754.low(y);
        // (low | -low) >>> 31 is 1 exactly when low != 0, so a NaN compares above Infinity's word
        if ((magnitudeX | ((lowX | -lowX) >>> 31)) > 0x7ff00000
                || (magnitudeY | ((lowY | -lowY) >>> 31)) > 0x7ff00000) {
            return x + y;
        }
        if (((highX - 0x3ff00000) | lowX) == 0) { // x = 1
            return atan(y);
        }
        int quadrant = ((highY >> 31) & 1) | ((highX >> 30) & 2); // 2 * sign(x) + sign(y)

        if ((magnitudeY | lowY) == 0) { // y = +-0
            switch (quadrant) {
                case 0:
                case 1:
                    return y; // atan2(+-0, +anything) = +-0
                case 2:
                    return PI + TINY; // atan2(+0, -anything) = pi
                default:
                    return -PI - TINY; // atan2(-0, -anything) = -pi
            }
        }
        if ((magnitudeX | lowX) == 0) { // x = +-0, y not zero
            return highY < 0 ? -PI_OVER_2_HIGH - TINY : PI_OVER_2_HIGH + TINY;
        }
        if (magnitudeX == 0x7ff00000) { // x = +-Infinity
            if (magnitudeY == 0x7ff00000) {
                switch (quadrant) {
                    case 0:
                        return PI_OVER_4_HIGH + TINY;
                    case 1:
                        return -PI_OVER_4_HIGH - TINY;
                    case 2:
                        return 3.0 * PI_OVER_4_HIGH + TINY;
                    default:
                        return -3.0 * PI_OVER_4_HIGH - TINY;
                }
            }
            switch (quadrant) {
                case 0:
                    return 0.0;
                case 1:
                    return -0.0;
                case 2:
                    return PI + TINY;
                default:
                    return -PI - TINY;
            }
        }
        if (magnitudeY == 0x7ff00000) { // y = +-Infinity, x finite
            return highY < 0 ? -PI_OVER_2_HIGH - TINY : PI_OVER_2_HIGH + TINY;
        }

        int exponentGap = (magnitudeY - magnitudeX) >> 20;
        double z;
        if (exponentGap > 60) { // |y / x| > 2^60: the angle is pi/2 to working precision
            z = PI_OVER_2_HIGH + 0.5 * PI_LOW;
        } else if (highX < 0 && exponentGap < -60) { // |y / x| < 2^-60 and x < 0: the angle is pi
            z = 0.0;
        } else {
            z = atan(Math.abs(y / x)); // the quotient cannot overflow here
        }
        switch (quadrant) {
            case 0:
                return z;
            case 1:
                return -z;
            case 2:
                return PI - (z - PI_LOW);
            default:
                return (z - PI_LOW) - PI;
        }
    }

    /** {@code x} with its low word cleared: at most 21 significand bits, so its square is exact. */
    private static double withLowZero(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
    }
}
