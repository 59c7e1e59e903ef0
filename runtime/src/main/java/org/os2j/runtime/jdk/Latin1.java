package org.os2j.runtime.jdk;

/**
 * Helpers for the LATIN1 string coding: one byte per char, for strings whose every char is at most
 * U+00FF (JDK 17 compact strings). Callers check bounds.
 *
 * <p>Public because the replacements that call it move to {@code java.lang} when renamed.
 */
public final class Latin1 {
    private Latin1() {
    }

    /** Whether {@code c} (a char or code point) fits in one Latin-1 byte. */
    public static boolean canEncode(int c) {
        return (c >>> 8) == 0;
    }

    /** The char at {@code index} of a Latin-1 byte array. */
    public static char getChar(byte[] value, int index) {
        return (char) (value[index] & 0xFF);
    }

    /**
     * {@code chars[offset..offset+count)} as Latin-1 bytes, or null when some char does not fit in
     * Latin-1 (the caller then uses UTF-16).
     */
    public static byte[] compress(char[] chars, int offset, int count) {
        byte[] result = new byte[count];
        for (int i = 0; i < count; i++) {
            char c = chars[offset + i];
            if (!canEncode(c)) {
                return null;
            }
            result[i] = (byte) c;
        }
        return result;
    }
}
