package org.os2j.runtime.jdk;

import static org.os2j.runtime.jdk.HostOracle.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** MathReplacement against java.lang.Math, including overflow and division-by-zero reports. */
class MathReplacementTest {
    private static List<Long> values() {
        List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, 2L, -2L, 3L, -3L, 7L, -7L, Long.MIN_VALUE, Long.MAX_VALUE,
                Long.MIN_VALUE + 1, Long.MAX_VALUE - 1, (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE,
                Integer.MIN_VALUE + 1L, Integer.MAX_VALUE + 1L, 46341L, -46341L, 3037000500L, -3037000500L,
                0xFFFFFFFFL, 0x100000000L));
        Random random = new Random(8);
        for (int i = 0; i < 400; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        return values;
    }

    @Test
    void intOperationsMatchTheJdk() {
        List<Long> values = values();
        for (long a : values) {
            for (long b : values.subList(0, 60)) {
                int x = (int) a;
                int y = (int) b;
                String context = x + ", " + y;
                assertSame(() -> Math.abs(x), () -> MathReplacement.abs(x), "abs " + x);
                assertSame(() -> Math.absExact(x), () -> MathReplacement.absExact(x), "absExact " + x);
                assertSame(() -> Math.max(x, y), () -> MathReplacement.max(x, y), "max " + context);
                assertSame(() -> Math.min(x, y), () -> MathReplacement.min(x, y), "min " + context);
                assertSame(() -> Math.floorDiv(x, y), () -> MathReplacement.floorDiv(x, y), "floorDiv " + context);
                assertSame(() -> Math.floorMod(x, y), () -> MathReplacement.floorMod(x, y), "floorMod " + context);
                assertSame(() -> Math.addExact(x, y), () -> MathReplacement.addExact(x, y), "addExact " + context);
                assertSame(() -> Math.subtractExact(x, y), () -> MathReplacement.subtractExact(x, y), "subtract " + context);
                assertSame(() -> Math.multiplyExact(x, y), () -> MathReplacement.multiplyExact(x, y), "multiply " + context);
                assertSame(() -> Math.multiplyFull(x, y), () -> MathReplacement.multiplyFull(x, y), "multiplyFull");
                assertSame(() -> Math.incrementExact(x), () -> MathReplacement.incrementExact(x), "increment " + x);
                assertSame(() -> Math.decrementExact(x), () -> MathReplacement.decrementExact(x), "decrement " + x);
                assertSame(() -> Math.negateExact(x), () -> MathReplacement.negateExact(x), "negate " + x);
                assertSame(() -> Math.toIntExact(a), () -> MathReplacement.toIntExact(a), "toIntExact " + a);
            }
        }
    }

    @Test
    void longOperationsMatchTheJdk() {
        List<Long> values = values();
        for (long x : values) {
            for (long y : values.subList(0, 60)) {
                int small = (int) y;
                String context = x + ", " + y;
                assertSame(() -> Math.abs(x), () -> MathReplacement.abs(x), "abs " + x);
                assertSame(() -> Math.absExact(x), () -> MathReplacement.absExact(x), "absExact " + x);
                assertSame(() -> Math.max(x, y), () -> MathReplacement.max(x, y), "max " + context);
                assertSame(() -> Math.min(x, y), () -> MathReplacement.min(x, y), "min " + context);
                assertSame(() -> Math.floorDiv(x, y), () -> MathReplacement.floorDiv(x, y), "floorDiv " + context);
                assertSame(() -> Math.floorDiv(x, small), () -> MathReplacement.floorDiv(x, small), "floorDiv int");
                assertSame(() -> Math.floorMod(x, y), () -> MathReplacement.floorMod(x, y), "floorMod " + context);
                assertSame(() -> Math.floorMod(x, small), () -> MathReplacement.floorMod(x, small), "floorMod int");
                assertSame(() -> Math.addExact(x, y), () -> MathReplacement.addExact(x, y), "addExact " + context);
                assertSame(() -> Math.subtractExact(x, y), () -> MathReplacement.subtractExact(x, y), "subtract " + context);
                assertSame(() -> Math.multiplyExact(x, y), () -> MathReplacement.multiplyExact(x, y), "multiply " + context);
                assertSame(() -> Math.multiplyExact(x, small), () -> MathReplacement.multiplyExact(x, small), "multiply int");
                assertSame(() -> Math.multiplyHigh(x, y), () -> MathReplacement.multiplyHigh(x, y), "high " + context);
                assertSame(() -> Math.incrementExact(x), () -> MathReplacement.incrementExact(x), "increment " + x);
                assertSame(() -> Math.decrementExact(x), () -> MathReplacement.decrementExact(x), "decrement " + x);
                assertSame(() -> Math.negateExact(x), () -> MathReplacement.negateExact(x), "negate " + x);
            }
        }
    }
}
