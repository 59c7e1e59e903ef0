package org.os2j.runtime.jdk;

/**
 * Helpers for the UTF16 string coding: two bytes per char, little-endian (the byte order JDK 17
 * uses on x86-64). Indexes are char indexes; callers check bounds.
 *
 * <p>Public because the replacements that call it move to {@code java.lang} when renamed.
 */
public final class Utf16 {
    private Utf16() {
    }

    /** The char at char index {@code index}. */
    public static char getChar(byte[] value, int index) {
        int i = index << 1;
        return (char) ((value[i] & 0xFF) | ((value[i + 1] & 0xFF) << 8));
    }

    /** Stores the low 16 bits of {@code c} at char index {@code index}. */
    public static void putChar(byte[] value, int index, int c) {
        int i = index << 1;
        value[i] = (byte) c;
        value[i + 1] = (byte) (c >> 8);
    }

    /** A zeroed array for {@code length} chars. */
    public static byte[] newBytes(int length) {
        return new byte[length << 1];
    }

    /** {@code chars[offset..offset+count)} as UTF-16 bytes. */
    public static byte[] fromChars(char[] chars, int offset, int count) {
        byte[] result = newBytes(count);
        for (int i = 0; i < count; i++) {
            putChar(result, i, chars[offset + i]);
        }
        return result;
    }

    /** Widens {@code length} Latin-1 bytes from {@code latin1[sourceIndex..]} to chars at {@code targetIndex}. */
    public static void inflate(byte[] latin1, int sourceIndex, byte[] utf16, int targetIndex, int length) {
        for (int i = 0; i < length; i++) {
            putChar(utf16, targetIndex + i, latin1[sourceIndex + i] & 0xFF);
        }
    }

    /**
     * The chars {@code [index, index+length)} as Latin-1 bytes, or null when some char does not fit
     * (keeps strings canonical: LATIN1 whenever possible, as JDK 17 with compact strings).
     */
    public static byte[] compress(byte[] utf16, int index, int length) {
        byte[] result = new byte[length];
        for (int i = 0; i < length; i++) {
            char c = getChar(utf16, index + i);
            if (!Latin1.canEncode(c)) {
                return null;
            }
            result[i] = (byte) c;
        }
        return result;
    }
}
