package org.os2j.runtime.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * FloatingDecimal against JDK 17's Double.toString and Float.toString, on special values, every
 * power of ten and two with neighbours, integers, short decimals, subnormals and seeded random bit
 * patterns. Any mismatch fails; the count of values compared is printed.
 */
class FloatingDecimalTest {
    private static final int RANDOM_DOUBLES = 1_000_000;
    private static final int RANDOM_FLOATS = 1_000_000;

    private static void checkDouble(double value, List<String> mismatches) {
        long bits = Double.doubleToRawLongBits(value);
        String expected = Double.toString(value);
        String actual = HostOracle.contents(FloatingDecimal.doubleToString(bits));
        if (!expected.equals(actual) && mismatches.size() < 20) {
            mismatches.add(String.format("%016x: %s vs %s", bits, expected, actual));
        }
    }

    private static void checkFloat(float value, List<String> mismatches) {
        int bits = Float.floatToRawIntBits(value);
        String expected = Float.toString(value);
        String actual = HostOracle.contents(FloatingDecimal.floatToString(bits));
        if (!expected.equals(actual) && mismatches.size() < 20) {
            mismatches.add(String.format("%08x: %s vs %s", bits, expected, actual));
        }
    }

    @Test
    void specialValues() {
        List<String> mismatches = new ArrayList<>();
        double[] doubles = {0.0, -0.0, Double.NaN, -Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1.0, -1.0, 0.1, 0.5, 2e-3, 1e23,
            2e23, 1e-5, 1e7, 1e-3, 9.999999999999999e22, 123456789.0, 0.001, 0.0009999999999999998, 1e22, 5e-324,
            Long.MAX_VALUE, Long.MIN_VALUE, 4.35, 100.0, 1e6, 9999999.0, 1.0E-4, Math.PI, Math.E};
        for (double d : doubles) {
            checkDouble(d, mismatches);
            checkFloat((float) d, mismatches);
        }
        checkDouble(Double.longBitsToDouble(0x7ff8000000000001L), mismatches);
        checkFloat(Float.intBitsToFloat(0x7fc00001), mismatches);
        assertEquals(List.of(), mismatches);
    }

    @Test
    void powersAndNeighbours() {
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        for (int exponent = -325; exponent <= 309; exponent++) {
            double power = Double.parseDouble("1e" + exponent);
            for (double d : new double[] {power, Math.nextUp(power), Math.nextDown(power), 2 * power, 5 * power}) {
                checkDouble(d, mismatches);
                count++;
            }
            float floatPower = Float.parseFloat("1e" + exponent);
            for (float f : new float[] {floatPower, Math.nextUp(floatPower), Math.nextDown(floatPower)}) {
                checkFloat(f, mismatches);
                count++;
            }
        }
        for (int exponent = -1074; exponent <= 1023; exponent++) {
            double power = Math.scalb(1.0, exponent);
            checkDouble(power, mismatches);
            checkDouble(Math.nextUp(power), mismatches);
            checkDouble(Math.nextDown(power), mismatches);
            checkFloat((float) power, mismatches);
            count += 4;
        }
        System.out.println("FloatingDecimal: " + count + " powers and neighbours compared");
        assertEquals(List.of(), mismatches);
    }

    @Test
    void integersAndShortDecimals() {
        List<String> mismatches = new ArrayList<>();
        Random random = new Random(51);
        for (int i = 0; i < 200_000; i++) {
            long integer = random.nextLong() >> random.nextInt(64);
            checkDouble(integer, mismatches);
            checkFloat(integer, mismatches);
            String decimal = random.nextInt(100000) + "." + random.nextInt(1000) + "e" + (random.nextInt(80) - 40);
            checkDouble(Double.parseDouble(decimal), mismatches);
            checkFloat(Float.parseFloat(decimal), mismatches);
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void randomBitPatterns() {
        List<String> mismatches = new ArrayList<>();
        Random random = new Random(52);
        for (int i = 0; i < RANDOM_DOUBLES; i++) {
            checkDouble(Double.longBitsToDouble(random.nextLong()), mismatches);
        }
        for (int i = 0; i < RANDOM_FLOATS; i++) {
            checkFloat(Float.intBitsToFloat(random.nextInt()), mismatches);
        }
        for (int i = 0; i < 100_000; i++) {
            checkDouble(Double.longBitsToDouble(random.nextLong() & 0x000FFFFFFFFFFFFFL), mismatches); // subnormal
            checkFloat(Float.intBitsToFloat(random.nextInt() & 0x007FFFFF), mismatches);
        }
        System.out.println("FloatingDecimal: " + (RANDOM_DOUBLES + RANDOM_FLOATS + 200_000) + " random values compared");
        assertEquals(List.of(), mismatches);
    }
}
