package org.os2j.runtime.substitutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The substitute FDBigInteger.toString gives the JDK's own digits: real FDBigIntegers built by the
 * running JDK (powers of 5 and 2 as its dtoa builds them, and random word arrays) are printed by
 * both, HotSpot's through BigInteger.
 */
class FdBigIntegerDecimalTest {
    private static final Class<?> FD_BIG_INTEGER;
    private static final Field DATA;
    private static final Field OFFSET;
    private static final Field WORDS;

    static {
        try {
            FD_BIG_INTEGER = Class.forName("jdk.internal.math.FDBigInteger");
            DATA = field("data");
            OFFSET = field("offset");
            WORDS = field("nWords");
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field field = FD_BIG_INTEGER.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    private static void assertSameDigits(Object value) throws ReflectiveOperationException {
        assertEquals(value.toString(), FdBigIntegerSubstitutions.decimal((int[]) DATA.get(value), WORDS.getInt(value),
                OFFSET.getInt(value)));
    }

    @Test
    void powersAsDtoaBuildsThem() throws ReflectiveOperationException {
        Method valueOfPow52 = FD_BIG_INTEGER.getDeclaredMethod("valueOfPow52", int.class, int.class);
        valueOfPow52.setAccessible(true);
        for (int five = 0; five < 400; five += 7) {
            for (int two = 0; two < 1100; two += 37) {
                assertSameDigits(valueOfPow52.invoke(null, five, two));
            }
        }
    }

    @Test
    void randomWordsWithZeroWordsBelow() throws ReflectiveOperationException {
        Constructor<?> constructor = FD_BIG_INTEGER.getDeclaredConstructor(int[].class, int.class);
        constructor.setAccessible(true);
        SplittableRandom random = new SplittableRandom(20261207);
        for (int i = 0; i < 20_000; i++) {
            int[] words = new int[1 + random.nextInt(12)];
            for (int w = 0; w < words.length; w++) {
                words[w] = random.nextInt(4) == 0 ? 0 : random.nextInt();
            }
            words[words.length - 1] |= 1 << random.nextInt(32); // The top word is not zero (nWords' invariant).
            assertSameDigits(constructor.newInstance(words, random.nextInt(5)));
        }
        assertEquals("0", FdBigIntegerSubstitutions.decimal(new int[0], 0, 3));
    }
}
