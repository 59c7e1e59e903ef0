package org.os2j.runtime.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** LogarithmOfOnePlus against HotSpot's StrictMath.log1p, bit for bit. */
class LogarithmOfOnePlusTest {
    private static void check(double x) {
        assertEquals(Double.doubleToRawLongBits(StrictMath.log1p(x)), Double.doubleToRawLongBits(LogarithmOfOnePlus.log1p(x)),
                () -> "log1p(" + x + ") [" + Long.toHexString(Double.doubleToRawLongBits(x)) + "]");
    }

    @Test
    void edgeValues() {
        double[] values = {0.0, -0.0, -1.0, -2.0, 1.0, 0x1p-29, 0x1p-54, 0x1p-55, Math.sqrt(2) - 1, 1 - Math.sqrt(2) / 2,
                -0.2928932188134524, 0.41421356237309503, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Math.nextUp(-1.0), 0x1p53, 0x1p54};
        for (double value : values) {
            check(value);
            check(-value);
        }
    }

    @Test
    void randomBitPatternsAndRanges() {
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 200_000; i++) {
            check(Double.longBitsToDouble(random.nextLong()));
            check(random.nextDouble() * 4 - 1);
        }
    }
}
