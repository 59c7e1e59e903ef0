package org.os2j.runtime.jdk;

import org.os2j.runtime.annotation.ReplaceClass;

/**
 * Stands in for {@code java.lang.Short}'s static members until the JDK class itself compiles
 * (scaffolding), with JDK 17's results. No boxing or {@code decode}.
 */
@ReplaceClass(Short.class)
public final class ShortReplacement {
    public static final short MIN_VALUE = -32768;
    public static final short MAX_VALUE = 32767;
    public static final int SIZE = 16;
    public static final int BYTES = 2;

    private ShortReplacement() {
    }

    public static String toString(short s) {
        return NumberFormatting.toString(s, 10).asString();
    }

    public static short parseShort(String s) {
        return parseShort(s, 10);
    }

    public static short parseShort(String s, int radix) {
        return (short) NumberParsing.parseNarrow(s, radix, MIN_VALUE, MAX_VALUE);
    }

    public static int hashCode(short value) {
        return value;
    }

    public static int compare(short x, short y) {
        return x - y;
    }

    public static int compareUnsigned(short x, short y) {
        return toUnsignedInt(x) - toUnsignedInt(y);
    }

    public static short reverseBytes(short i) {
        return (short) (((i & 0xFF00) >> 8) | (i << 8));
    }

    public static int toUnsignedInt(short x) {
        return x & 0xFFFF;
    }

    public static long toUnsignedLong(short x) {
        return x & 0xFFFFL;
    }
}
