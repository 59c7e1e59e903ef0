package org.os2j.runtime.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.os2j.runtime.jdk.HostOracle.assertCanonical;
import static org.os2j.runtime.jdk.HostOracle.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Integer, Long, Short, Byte and Boolean replacements against the JDK: edge values and a seeded sample. */
class NumberReplacementsTest {
    private static final int[] RADICES = {-1, 0, 1, 2, 3, 7, 8, 10, 16, 17, 32, 35, 36, 37, 100};

    private static List<Integer> ints() {
        List<Integer> values = new ArrayList<>(List.of(0, 1, -1, 9, 10, -10, 99, 100, Integer.MIN_VALUE, Integer.MAX_VALUE,
                Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1, 0x8000, 0xFFFF, 0x10000, 1 << 30, -(1 << 30)));
        for (int shift = 0; shift < 32; shift++) {
            values.add(1 << shift);
            values.add((1 << shift) - 1);
            values.add(-(1 << shift));
        }
        Random random = new Random(1);
        for (int i = 0; i < 3000; i++) {
            values.add(random.nextInt() >> random.nextInt(32));
        }
        return values;
    }

    private static List<Long> longs() {
        List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, 9L, 10L, -10L, Long.MIN_VALUE, Long.MAX_VALUE,
                Long.MIN_VALUE + 1, Long.MAX_VALUE - 1, (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE,
                0xFFFFFFFFL, 1_000_000_000_000_000_000L, -1_000_000_000_000_000_000L));
        for (int shift = 0; shift < 64; shift++) {
            values.add(1L << shift);
            values.add((1L << shift) - 1);
            values.add(-(1L << shift));
        }
        Random random = new Random(2);
        for (int i = 0; i < 3000; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        return values;
    }

    @Test
    void intFormattingMatchesTheJdk() {
        for (int i : ints()) {
            assertEquals(Integer.toString(i), IntegerReplacement.toString(i));
            assertEquals(Integer.toHexString(i), IntegerReplacement.toHexString(i));
            assertEquals(Integer.toOctalString(i), IntegerReplacement.toOctalString(i));
            assertEquals(Integer.toBinaryString(i), IntegerReplacement.toBinaryString(i));
            assertEquals(Integer.toUnsignedString(i), IntegerReplacement.toUnsignedString(i));
            for (int radix : RADICES) {
                assertEquals(Integer.toString(i, radix), IntegerReplacement.toString(i, radix), i + " radix " + radix);
                assertEquals(Integer.toUnsignedString(i, radix), IntegerReplacement.toUnsignedString(i, radix));
            }
            assertCanonical(Integer.toString(i), NumberFormatting.toString(i, 10));
            assertEquals(Integer.toString(i).length(), NumberFormatting.length(i, 10));
        }
    }

    @Test
    void longFormattingMatchesTheJdk() {
        for (long l : longs()) {
            assertEquals(Long.toString(l), LongReplacement.toString(l));
            assertEquals(Long.toHexString(l), LongReplacement.toHexString(l));
            assertEquals(Long.toOctalString(l), LongReplacement.toOctalString(l));
            assertEquals(Long.toBinaryString(l), LongReplacement.toBinaryString(l));
            assertEquals(Long.toUnsignedString(l), LongReplacement.toUnsignedString(l));
            for (int radix : RADICES) {
                assertEquals(Long.toString(l, radix), LongReplacement.toString(l, radix), l + " radix " + radix);
                assertEquals(Long.toUnsignedString(l, radix), LongReplacement.toUnsignedString(l, radix),
                        l + " unsigned radix " + radix);
            }
            assertCanonical(Long.toUnsignedString(l, 7), NumberFormatting.toUnsignedString(l, 7));
        }
    }

    @Test
    void shortByteAndBooleanFormattingMatchesTheJdk() {
        for (int i = Short.MIN_VALUE; i <= Short.MAX_VALUE; i++) {
            assertEquals(Short.toString((short) i), ShortReplacement.toString((short) i));
        }
        for (int i = Byte.MIN_VALUE; i <= Byte.MAX_VALUE; i++) {
            assertEquals(Byte.toString((byte) i), ByteReplacement.toString((byte) i));
        }
        assertEquals("true", BooleanReplacement.toString(true));
        assertEquals("false", BooleanReplacement.toString(false));
    }

    private static List<String> parseInputs() {
        List<String> inputs = new ArrayList<>(List.of("", "-", "+", "0", "-0", "+0", "00012", "123", "-123", "+123",
                "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
                "-9223372036854775808", "-9223372036854775809", "99999999999999999999", "1a", "a1", " 1", "1 ", "--1",
                "+-1", "ff", "FF", "-ff", "7fffffff", "80000000", "-80000000", "zz", "ZZ", "z1", "\uff11\uff12",
                "\u0661\u0662", "\uff41", "\ud835\udfce", "1_000", "0x10", "1.0", "\u00b2", "32767", "32768", "-32768",
                "-32769", "127", "128", "-128", "-129", "65535", "11111111", "377", "400", "7fff", "8000", "-7f", "80"));
        Random random = new Random(3);
        for (int i = 0; i < 1000; i++) {
            inputs.add(random.nextBoolean() ? Long.toString(random.nextLong() >> random.nextInt(64), 2 + random.nextInt(35))
                    : Integer.toString(random.nextInt() >> random.nextInt(32), 2 + random.nextInt(35)));
        }
        return inputs;
    }

    @Test
    void parsingMatchesTheJdk() {
        int[] radices = {1, 2, 8, 10, 16, 36, 37};
        for (String s : parseInputs()) {
            assertSame(() -> Integer.parseInt(s), () -> IntegerReplacement.parseInt(s), "parseInt " + s);
            assertSame(() -> Long.parseLong(s), () -> LongReplacement.parseLong(s), "parseLong " + s);
            assertSame(() -> Short.parseShort(s), () -> ShortReplacement.parseShort(s), "parseShort " + s);
            assertSame(() -> Byte.parseByte(s), () -> ByteReplacement.parseByte(s), "parseByte " + s);
            assertEquals(Boolean.parseBoolean(s), BooleanReplacement.parseBoolean(s));
            for (int radix : radices) {
                assertSame(() -> Integer.parseInt(s, radix), () -> IntegerReplacement.parseInt(s, radix),
                        "parseInt " + s + " " + radix);
                assertSame(() -> Long.parseLong(s, radix), () -> LongReplacement.parseLong(s, radix),
                        "parseLong " + s + " " + radix);
                assertSame(() -> Short.parseShort(s, radix), () -> ShortReplacement.parseShort(s, radix),
                        "parseShort " + s + " " + radix);
                assertSame(() -> Byte.parseByte(s, radix), () -> ByteReplacement.parseByte(s, radix),
                        "parseByte " + s + " " + radix);
            }
        }
        assertSame(() -> Integer.parseInt(null), () -> IntegerReplacement.parseInt(null), "parseInt null");
        assertSame(() -> Long.parseLong(null, 99), () -> LongReplacement.parseLong(null, 99), "parseLong null");
        assertSame(() -> Short.parseShort(null), () -> ShortReplacement.parseShort(null), "parseShort null");
    }

    @Test
    void parseBooleanMatchesTheJdkForEveryCharacter() {
        for (String s : new String[] {null, "true", "TRUE", "tRuE", "false", "yes", "", "true ", "tru"}) {
            assertEquals(Boolean.parseBoolean(s), BooleanReplacement.parseBoolean(s), s);
        }
        for (int c = 0; c < 0x10000; c++) {
            String s = "tru" + (char) c;
            assertEquals(Boolean.parseBoolean(s), BooleanReplacement.parseBoolean(s), Integer.toHexString(c));
        }
    }

    @Test
    void intArithmeticAndBitsMatchTheJdk() {
        List<Integer> values = ints();
        Random random = new Random(4);
        for (int i : values) {
            int j = values.get(random.nextInt(values.size()));
            int distance = random.nextInt(200) - 100;
            assertEquals(Integer.bitCount(i), IntegerReplacement.bitCount(i));
            assertEquals(Integer.numberOfLeadingZeros(i), IntegerReplacement.numberOfLeadingZeros(i), "nlz " + i);
            assertEquals(Integer.numberOfTrailingZeros(i), IntegerReplacement.numberOfTrailingZeros(i), "ntz " + i);
            assertEquals(Integer.highestOneBit(i), IntegerReplacement.highestOneBit(i));
            assertEquals(Integer.lowestOneBit(i), IntegerReplacement.lowestOneBit(i));
            assertEquals(Integer.reverse(i), IntegerReplacement.reverse(i));
            assertEquals(Integer.reverseBytes(i), IntegerReplacement.reverseBytes(i));
            assertEquals(Integer.rotateLeft(i, distance), IntegerReplacement.rotateLeft(i, distance));
            assertEquals(Integer.rotateRight(i, distance), IntegerReplacement.rotateRight(i, distance));
            assertEquals(Integer.signum(i), IntegerReplacement.signum(i));
            assertEquals(Integer.hashCode(i), IntegerReplacement.hashCode(i));
            assertEquals(Integer.toUnsignedLong(i), IntegerReplacement.toUnsignedLong(i));
            assertEquals(Integer.compare(i, j), IntegerReplacement.compare(i, j));
            assertEquals(Integer.compareUnsigned(i, j), IntegerReplacement.compareUnsigned(i, j));
            assertEquals(Integer.sum(i, j), IntegerReplacement.sum(i, j));
            assertEquals(Integer.max(i, j), IntegerReplacement.max(i, j));
            assertEquals(Integer.min(i, j), IntegerReplacement.min(i, j));
            assertSame(() -> Integer.divideUnsigned(i, j), () -> IntegerReplacement.divideUnsigned(i, j), "divideUnsigned");
            assertSame(() -> Integer.remainderUnsigned(i, j), () -> IntegerReplacement.remainderUnsigned(i, j), "rem");
            short s = (short) i;
            short t = (short) j;
            assertEquals(Short.compare(s, t), ShortReplacement.compare(s, t));
            assertEquals(Short.compareUnsigned(s, t), ShortReplacement.compareUnsigned(s, t));
            assertEquals(Short.reverseBytes(s), ShortReplacement.reverseBytes(s));
            assertEquals(Short.toUnsignedInt(s), ShortReplacement.toUnsignedInt(s));
            assertEquals(Short.toUnsignedLong(s), ShortReplacement.toUnsignedLong(s));
            assertEquals(Short.hashCode(s), ShortReplacement.hashCode(s));
            byte b = (byte) i;
            byte c = (byte) j;
            assertEquals(Byte.compare(b, c), ByteReplacement.compare(b, c));
            assertEquals(Byte.compareUnsigned(b, c), ByteReplacement.compareUnsigned(b, c));
            assertEquals(Byte.toUnsignedInt(b), ByteReplacement.toUnsignedInt(b));
            assertEquals(Byte.toUnsignedLong(b), ByteReplacement.toUnsignedLong(b));
            assertEquals(Byte.hashCode(b), ByteReplacement.hashCode(b));
        }
        assertSame(() -> Integer.divideUnsigned(1, 0), () -> IntegerReplacement.divideUnsigned(1, 0), "/ 0");
    }

    @Test
    void longArithmeticAndBitsMatchTheJdk() {
        List<Long> values = longs();
        Random random = new Random(5);
        for (long i : values) {
            long j = random.nextInt(4) == 0 ? random.nextInt(20) - 10 : values.get(random.nextInt(values.size()));
            int distance = random.nextInt(200) - 100;
            assertEquals(Long.bitCount(i), LongReplacement.bitCount(i));
            assertEquals(Long.numberOfLeadingZeros(i), LongReplacement.numberOfLeadingZeros(i));
            assertEquals(Long.numberOfTrailingZeros(i), LongReplacement.numberOfTrailingZeros(i));
            assertEquals(Long.highestOneBit(i), LongReplacement.highestOneBit(i));
            assertEquals(Long.lowestOneBit(i), LongReplacement.lowestOneBit(i));
            assertEquals(Long.reverse(i), LongReplacement.reverse(i));
            assertEquals(Long.reverseBytes(i), LongReplacement.reverseBytes(i));
            assertEquals(Long.rotateLeft(i, distance), LongReplacement.rotateLeft(i, distance));
            assertEquals(Long.rotateRight(i, distance), LongReplacement.rotateRight(i, distance));
            assertEquals(Long.signum(i), LongReplacement.signum(i));
            assertEquals(Long.hashCode(i), LongReplacement.hashCode(i));
            assertEquals(Long.compare(i, j), LongReplacement.compare(i, j));
            assertEquals(Long.compareUnsigned(i, j), LongReplacement.compareUnsigned(i, j));
            assertEquals(Long.sum(i, j), LongReplacement.sum(i, j));
            assertEquals(Long.max(i, j), LongReplacement.max(i, j));
            assertEquals(Long.min(i, j), LongReplacement.min(i, j));
            assertSame(() -> Long.divideUnsigned(i, j), () -> LongReplacement.divideUnsigned(i, j),
                    "divideUnsigned " + i + " " + j);
            assertSame(() -> Long.remainderUnsigned(i, j), () -> LongReplacement.remainderUnsigned(i, j),
                    "remainderUnsigned " + i + " " + j);
        }
        assertSame(() -> Long.divideUnsigned(-1, 0), () -> LongReplacement.divideUnsigned(-1, 0), "/ 0");
    }

    @Test
    void constantsMatchTheJdk() {
        assertEquals(Integer.MIN_VALUE, IntegerReplacement.MIN_VALUE);
        assertEquals(Integer.MAX_VALUE, IntegerReplacement.MAX_VALUE);
        assertEquals(Long.MIN_VALUE, LongReplacement.MIN_VALUE);
        assertEquals(Long.MAX_VALUE, LongReplacement.MAX_VALUE);
        assertEquals(Short.MIN_VALUE, ShortReplacement.MIN_VALUE);
        assertEquals(Byte.MAX_VALUE, ByteReplacement.MAX_VALUE);
        assertEquals(Boolean.hashCode(true), BooleanReplacement.hashCode(true));
        assertEquals(Boolean.hashCode(false), BooleanReplacement.hashCode(false));
        boolean[] booleans = {false, true};
        for (boolean a : booleans) {
            for (boolean b : booleans) {
                assertEquals(Boolean.compare(a, b), BooleanReplacement.compare(a, b));
                assertEquals(Boolean.logicalAnd(a, b), BooleanReplacement.logicalAnd(a, b));
                assertEquals(Boolean.logicalOr(a, b), BooleanReplacement.logicalOr(a, b));
                assertEquals(Boolean.logicalXor(a, b), BooleanReplacement.logicalXor(a, b));
            }
        }
    }
}
