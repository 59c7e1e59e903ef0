package org.os2j.runtime.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Hyperbolic against HotSpot's StrictMath.sinh, cosh and tanh, bit for bit. */
class HyperbolicTest {
    private static final double[] EDGES = {0.0, 0x1p-28, Math.nextDown(0x1p-28), 0x1p-55, Math.nextDown(0x1p-55), 0.25,
            0.5 * Math.log(2), Math.nextUp(0.5 * Math.log(2)), 1.0, Math.nextDown(1.0), 2.0, 21.999999999999996, 22.0,
            709.782712893384, Math.nextDown(709.782712893384), 710.0, 710.4758600739439, Math.nextUp(710.4758600739439),
            711.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN,
            Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0x7ff8000000000123L)};

    private static void check(String name, DoubleUnaryOperator expected, DoubleUnaryOperator actual, double x) {
        assertEquals(Double.doubleToRawLongBits(expected.applyAsDouble(x)), Double.doubleToRawLongBits(actual.applyAsDouble(x)),
                () -> name + "(" + x + ") [" + Long.toHexString(Double.doubleToRawLongBits(x)) + "]");
    }

    private static void checkEverywhere(String name, DoubleUnaryOperator expected, DoubleUnaryOperator actual) {
        for (double value : EDGES) {
            check(name, expected, actual, value);
            check(name, expected, actual, -value);
        }
        SplittableRandom random = new SplittableRandom(29);
        for (int i = 0; i < 150_000; i++) {
            check(name, expected, actual, Double.longBitsToDouble(random.nextLong()));
            check(name, expected, actual, random.nextDouble() * 4 - 2);
            check(name, expected, actual, random.nextDouble() * 60 - 30);
            check(name, expected, actual, random.nextDouble() * 1500 - 750);
        }
    }

    @Test
    void sinh() {
        checkEverywhere("sinh", StrictMath::sinh, Hyperbolic::sinh);
    }

    @Test
    void cosh() {
        checkEverywhere("cosh", StrictMath::cosh, Hyperbolic::cosh);
    }

    @Test
    void tanh() {
        checkEverywhere("tanh", StrictMath::tanh, Hyperbolic::tanh);
    }
}
