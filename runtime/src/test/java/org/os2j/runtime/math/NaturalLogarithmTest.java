package org.os2j.runtime.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** NaturalLogarithm against HotSpot's StrictMath.log, bit for bit. */
class NaturalLogarithmTest {
    private static void check(double x) {
        assertEquals(Double.doubleToRawLongBits(StrictMath.log(x)), Double.doubleToRawLongBits(NaturalLogarithm.log(x)),
                () -> "log(" + x + ") [" + Long.toHexString(Double.doubleToRawLongBits(x)) + "]");
    }

    @Test
    void edgeValues() {
        double[] values = {0.0, -0.0, 1.0, -1.0, 2.0, 0.5, Math.E, 10.0, Double.MIN_VALUE, -Double.MIN_VALUE,
                Double.MIN_NORMAL, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
                Math.sqrt(2), Math.sqrt(2) / 2, 1 + 0x1p-20, 1 - 0x1p-20, 1 + 0x1p-52, 1 - 0x1p-53, 0x1p-1074 * 3};
        for (double value : values) {
            check(value);
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
    void nearOne() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            check(1.0 + (random.nextDouble() - 0.5) * 0x1p-10);
            check(random.nextDouble() * 4);
        }
    }
}
