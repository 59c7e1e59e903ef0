package org.os2j.runtime.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Remainder against HotSpot's StrictMath.IEEEremainder and Java's % (C's fmod), bit for bit. */
class RemainderTest {
    private static void check(double x, double p) {
        if (Double.isNaN(x) && Double.isNaN(p)) {
            // Which of two NaN operands a Java multiplication returns depends on HotSpot's JIT
            // (JLS 15.17.1 allows either); the conformance programs compare os2j's choice with the native one.
            assertTrue(Double.isNaN(Remainder.ieeeRemainder(x, p)), () -> "IEEEremainder(" + x + ", " + p + ")");
            return;
        }
        assertEquals(Double.doubleToRawLongBits(StrictMath.IEEEremainder(x, p)), Double.doubleToRawLongBits(Remainder.ieeeRemainder(x, p)),
                () -> "IEEEremainder(" + x + ", " + p + ")");
        double expectedFmod = x % p;
        double fmod = Remainder.fmod(x, p);
        // % on NaN operands gives some NaN; only non-NaN results are compared bit for bit
        if (!Double.isNaN(expectedFmod) || !Double.isNaN(fmod)) {
            assertEquals(Double.doubleToRawLongBits(expectedFmod), Double.doubleToRawLongBits(fmod), () -> "fmod(" + x + ", " + p + ")");
        }
    }

    @Test
    void edgeValues() {
        double[] values = {0.0, 1.0, 1.5, 2.0, 2.5, 3.0, 0.1, 7.0, 1e300, Double.MIN_VALUE, 3 * Double.MIN_VALUE,
                Double.MIN_NORMAL, 0x1p-1021, Math.nextDown(0x1p-1021), Double.MAX_VALUE, Math.nextDown(Double.MAX_VALUE),
                0x1p1023, Double.POSITIVE_INFINITY, Double.NaN};
        for (double x : values) {
            for (double p : values) {
                check(x, p);
                check(-x, p);
                check(x, -p);
                check(-x, -p);
            }
        }
    }

    @Test
    void randomOperands() {
        SplittableRandom random = new SplittableRandom(31);
        for (int i = 0; i < 300_000; i++) {
            check(Double.longBitsToDouble(random.nextLong()), Double.longBitsToDouble(random.nextLong()));
            check(random.nextDouble() * 1000 - 500, random.nextDouble() * 10 - 5);
            check(random.nextInt(2000) - 1000, random.nextInt(20) - 10); // ties between multiples
            check(Double.longBitsToDouble(random.nextLong() >>> 12), Double.longBitsToDouble(random.nextLong() >>> 14)); // subnormals
        }
    }
}
