package org.os2j.runtime.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** ExponentialMinusOne against HotSpot's StrictMath.expm1, bit for bit. */
class ExponentialMinusOneTest {
    private static void check(double x) {
        assertEquals(Double.doubleToRawLongBits(StrictMath.expm1(x)), Double.doubleToRawLongBits(ExponentialMinusOne.expm1(x)),
                () -> "expm1(" + x + ") [" + Long.toHexString(Double.doubleToRawLongBits(x)) + "]");
    }

    @Test
    void edgeValues() {
        double ln2 = Math.log(2);
        double[] values = {0.0, 1.0, 0.25, 0.5 * ln2, Math.nextUp(0.5 * ln2), 1.5 * ln2, Math.nextDown(1.5 * ln2), ln2,
                0x1p-54, 0x1p-55, Math.nextDown(0x1p-54), 56 * ln2, Math.nextUp(56 * ln2), 19 * ln2, 20 * ln2, 21 * ln2,
                56.5 * ln2, 57 * ln2, 709.782712893384, Math.nextUp(709.782712893384), 709.78, 710.0, 745.2,
                Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN,
                Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0x7ff8000000000123L)};
        for (double value : values) {
            check(value);
            check(-value);
        }
    }

    @Test
    void everyReductionRange() {
        SplittableRandom random = new SplittableRandom(23);
        for (int i = 0; i < 200_000; i++) {
            check(Double.longBitsToDouble(random.nextLong()));
            check(random.nextDouble() * 4 - 2);
            check(random.nextDouble() * 100 - 60);
            check(random.nextDouble() * 1500 - 750);
        }
    }
}
