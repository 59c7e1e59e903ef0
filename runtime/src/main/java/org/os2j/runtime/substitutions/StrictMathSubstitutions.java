package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.math.DecimalLogarithm;
import org.os2j.runtime.math.ExponentialMinusOne;
import org.os2j.runtime.math.Hyperbolic;
import org.os2j.runtime.math.InverseTrigonometry;
import org.os2j.runtime.math.LogarithmOfOnePlus;
import org.os2j.runtime.math.NaturalLogarithm;
import org.os2j.runtime.math.Remainder;
import org.os2j.runtime.math.Trigonometry;

/**
 * java.lang.StrictMath's natives: HotSpot links them to its C build of fdlibm; os2j's are the same
 * algorithms written in Java (runtime/math), bit-identical.
 */
@TargetClass(StrictMath.class)
final class StrictMathSubstitutions {
    /** Native: fdlibm's e_log. */
    @Substitute
    public static double log(double a) {
        return NaturalLogarithm.log(a);
    }

    /** Native: fdlibm's e_log10. */
    @Substitute
    public static double log10(double a) {
        return DecimalLogarithm.log10(a);
    }

    /** Native: fdlibm's s_sin (with e_rem_pio2, k_rem_pio2, k_sin, k_cos). */
    @Substitute
    public static double sin(double a) {
        return Trigonometry.sin(a);
    }

    /** Native: fdlibm's s_cos. */
    @Substitute
    public static double cos(double a) {
        return Trigonometry.cos(a);
    }

    /** Native: fdlibm's s_tan (with k_tan). */
    @Substitute
    public static double tan(double a) {
        return Trigonometry.tan(a);
    }

    /** Native: fdlibm's e_asin. */
    @Substitute
    public static double asin(double a) {
        return InverseTrigonometry.asin(a);
    }

    /** Native: fdlibm's e_acos. */
    @Substitute
    public static double acos(double a) {
        return InverseTrigonometry.acos(a);
    }

    /** Native: fdlibm's s_atan. */
    @Substitute
    public static double atan(double a) {
        return InverseTrigonometry.atan(a);
    }

    /** Native: fdlibm's e_atan2. */
    @Substitute
    public static double atan2(double y, double x) {
        return InverseTrigonometry.atan2(y, x);
    }

    /** Native: fdlibm's s_log1p. */
    @Substitute
    public static double log1p(double x) {
        return LogarithmOfOnePlus.log1p(x);
    }

    /** Native: fdlibm's s_expm1. */
    @Substitute
    public static double expm1(double x) {
        return ExponentialMinusOne.expm1(x);
    }

    /** Native: fdlibm's e_sinh. */
    @Substitute
    public static double sinh(double x) {
        return Hyperbolic.sinh(x);
    }

    /** Native: fdlibm's e_cosh. */
    @Substitute
    public static double cosh(double x) {
        return Hyperbolic.cosh(x);
    }

    /** Native: fdlibm's s_tanh. */
    @Substitute
    public static double tanh(double x) {
        return Hyperbolic.tanh(x);
    }

    /** Native: fdlibm's e_remainder (with e_fmod). */
    @Substitute
    public static double IEEEremainder(double f1, double f2) {
        return Remainder.ieeeRemainder(f1, f2);
    }
}
