package org.os2j.runtime.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** DecimalLogarithm against HotSpot's StrictMath.log10, bit for bit. */
class DecimalLogarithmTest {
    private static void check(double x) {
        assertEquals(Double.doubleToRawLongBits(StrictMath.log10(x)), Double.doubleToRawLongBits(DecimalLogarithm.log10(x)),
                () -> "log10(" + x + ") [" + Long.toHexString(Double.doubleToRawLongBits(x)) + "]");
    }

    @Test
    void edgeValues() {
        double[] values = {0.0, -0.0, 1.0, -1.0, 10.0, 100.0, 1e22, 1e23, 0.1, 0.001, 2.0, 0.5, Double.MIN_VALUE,
                Double.MIN_NORMAL, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
                1 + 0x1p-52, 1 - 0x1p-53, 3 * Double.MIN_VALUE};
        for (double value : values) {
            check(value);
        }
        for (int power = -300; power <= 300; power++) {
            check(Double.parseDouble("1e" + power));
        }
    }

    @Test
    void randomBitPatterns() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 200_000; i++) {
            check(Double.longBitsToDouble(random.nextLong()));
            check(random.nextDouble() * 1000);
        }
    }
}
