package org.os2j.runtime.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Trigonometry against HotSpot's StrictMath.sin, cos and tan, bit for bit. */
class TrigonometryTest {
    private static void check(String name, DoubleUnaryOperator expected, DoubleUnaryOperator actual, double x) {
        assertEquals(Double.doubleToRawLongBits(expected.applyAsDouble(x)),
                Double.doubleToRawLongBits(actual.applyAsDouble(x)),
                () -> name + "(" + x + ") [" + Long.toHexString(Double.doubleToRawLongBits(x)) + "]");
    }

    private static void check(double x) {
        check("sin", StrictMath::sin, Trigonometry::sin, x);
        check("cos", StrictMath::cos, Trigonometry::cos, x);
        check("tan", StrictMath::tan, Trigonometry::tan, x);
    }

    /** x and its neighbours up to {@code steps} ulps either side. */
    private static void checkAround(double x, int steps) {
        check(x);
        double up = x;
        double down = x;
        for (int i = 0; i < steps; i++) {
            up = Math.nextUp(up);
            down = Math.nextDown(down);
            check(up);
            check(down);
        }
    }

    @Test
    void edgeValues() {
        double[] values = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 0x1p-1074 * 3, 0x1p-1023,
                Double.MIN_NORMAL, -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
                Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff4000000000001L),
                1.0, -1.0, 0.3, 0.78125, 0.6744, -0.6744, 1e22, -1e22, 1e300, 0x1p1023, -0x1p1023,
                0x1p-27, -0x1p-27, 0x1p-28, 0x1p-28 * 0.999, 6381956970095103.0 * 0x1p797};
        for (double value : values) {
            checkAround(value, 3);
        }
        checkAround(Double.longBitsToDouble(0x3fe59428L << 32), 3); // tan's 0.6744 threshold, exactly
        checkAround(Double.longBitsToDouble(0x3fe921fbL << 32), 3); // the |x| ~<= pi/4 fast-path limit
        checkAround(Double.longBitsToDouble(0x3fe921fbffffffffL), 3);
        checkAround(Double.longBitsToDouble(0x4002d97cL << 32), 3); // 3pi/4 limit
        checkAround(Double.longBitsToDouble(0x413921fbffffffffL), 3); // 2^19 * pi/2 boundary
        checkAround(0x1p19 * Math.PI / 2, 8);
    }

    @Test
    void multiplesOfPiOver4() {
        for (int k = -1000; k <= 1000; k++) {
            checkAround(k * (Math.PI / 4), 3);
            checkAround(k * (Math.PI / 2), 3);
        }
        for (int e = 20; e <= 1000; e += 7) { // large multiples
            checkAround(Math.scalb(Math.PI / 2, e), 2);
        }
    }

    @Test
    void randomBitPatterns() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            check(Double.longBitsToDouble(random.nextLong()));
        }
    }

    @Test
    void randomSmallValues() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            check((random.nextDouble() - 0.5) * 20);
        }
    }

    @Test
    void randomLargeValues() {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 200_000; i++) {
            check((random.nextDouble() - 0.5) * 2e9);
        }
    }
}
