package org.os2j.runtime.jdk;

import org.os2j.runtime.annotation.ReplaceClass;

/**
 * Stands in for {@code java.lang.Byte}'s static members until the JDK class itself compiles
 * (scaffolding), with JDK 17's results. No boxing or {@code decode}.
 */
@ReplaceClass(Byte.class)
public final class ByteReplacement {
    public static final byte MIN_VALUE = -128;
    public static final byte MAX_VALUE = 127;
    public static final int SIZE = 8;
    public static final int BYTES = 1;

    private ByteReplacement() {
    }

    public static String toString(byte b) {
        return NumberFormatting.toString(b, 10).asString();
    }

    public static byte parseByte(String s) {
        return parseByte(s, 10);
    }

    public static byte parseByte(String s, int radix) {
        return (byte) NumberParsing.parseNarrow(s, radix, MIN_VALUE, MAX_VALUE);
    }

    public static int hashCode(byte value) {
        return value;
    }

    public static int compare(byte x, byte y) {
        return x - y;
    }

    public static int compareUnsigned(byte x, byte y) {
        return toUnsignedInt(x) - toUnsignedInt(y);
    }

    public static int toUnsignedInt(byte x) {
        return x & 0xFF;
    }

    public static long toUnsignedLong(byte x) {
        return x & 0xFFL;
    }
}
