package org.os2j.runtime;

/**
 * UTF-8 encoding and decoding with the results of JDK 17's {@code String.getBytes(UTF_8)} and
 * {@code new String(bytes, UTF_8)}: an unpaired surrogate encodes as {@code '?'}; a malformed
 * input sequence decodes to one U+FFFD per maximal ill-formed subpart, except that a three-byte
 * encoding of a surrogate (ED A0..BF xx) is one U+FFFD, as in the JDK.
 *
 * <p>Public because the reports and the Linux start-up code in other packages call it.
 */
public final class Utf8 {
    /** The decoder's replacement for malformed input. */
    public static final char REPLACEMENT = '\uFFFD';
    /** The encoder's replacement for an unpaired surrogate. */
    public static final byte UNPAIRED_SURROGATE_REPLACEMENT = '?';

    private Utf8() {
    }

    /** The number of bytes {@link #encodeCodePoint} writes for {@code codePoint}. */
    public static int codePointLength(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        if (codePoint < 0x10000) {
            return 3;
        }
        return 4;
    }

    /**
     * Writes the UTF-8 bytes of {@code codePoint} (a valid code point that is not a surrogate) at
     * {@code target[index..]}; returns the index after the last byte written.
     */
    public static int encodeCodePoint(int codePoint, byte[] target, int index) {
        if (codePoint < 0x80) {
            target[index] = (byte) codePoint;
            return index + 1;
        }
        if (codePoint < 0x800) {
            target[index] = (byte) (0xC0 | (codePoint >> 6));
            target[index + 1] = (byte) (0x80 | (codePoint & 0x3F));
            return index + 2;
        }
        if (codePoint < 0x10000) {
            target[index] = (byte) (0xE0 | (codePoint >> 12));
            target[index + 1] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
            target[index + 2] = (byte) (0x80 | (codePoint & 0x3F));
            return index + 3;
        }
        target[index] = (byte) (0xF0 | (codePoint >> 18));
        target[index + 1] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        target[index + 2] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        target[index + 3] = (byte) (0x80 | (codePoint & 0x3F));
        return index + 4;
    }

    /** The UTF-8 bytes of {@code text}; unpaired surrogates become {@code '?'}. */
    public static byte[] encode(String text) {
        int length = text.length();
        int size = 0;
        for (int i = 0; i < length; ) {
            int codePoint = codePointAt(text, i, length);
            size += codePointLength(codePoint);
            i += codePoint >= 0x10000 ? 2 : 1;
        }
        byte[] result = new byte[size];
        int index = 0;
        for (int i = 0; i < length; ) {
            int codePoint = codePointAt(text, i, length);
            index = encodeCodePoint(codePoint, result, index);
            i += codePoint >= 0x10000 ? 2 : 1;
        }
        return result;
    }

    /** The code point at char {@code index} of {@code text}, or '?' for an unpaired surrogate. */
    private static int codePointAt(String text, int index, int length) {
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c) && index + 1 < length) {
            char next = text.charAt(index + 1);
            if (Character.isLowSurrogate(next)) {
                return Character.toCodePoint(c, next);
            }
        }
        if (Character.isSurrogate(c)) {
            return UNPAIRED_SURROGATE_REPLACEMENT;
        }
        return c;
    }

    /** Decodes {@code bytes[offset..offset+length)} into a (canonically coded) string. */
    public static String decode(byte[] bytes, int offset, int length) {
        char[] chars = new char[length];
        int count = 0;
        int index = offset;
        int end = offset + length;
        while (index < end) {
            int first = bytes[index] & 0xFF;
            if (first < 0x80) {
                chars[count++] = (char) first;
                index++;
                continue;
            }
            int continuations;
            int lowestSecond = 0x80;
            int highestSecond = 0xBF;
            if (first >= 0xC2 && first <= 0xDF) {
                continuations = 1;
            } else if (first >= 0xE0 && first <= 0xEF) {
                continuations = 2;
                if (first == 0xE0) {
                    lowestSecond = 0xA0;
                }
            } else if (first >= 0xF0 && first <= 0xF4) {
                continuations = 3;
                if (first == 0xF0) {
                    lowestSecond = 0x90;
                } else if (first == 0xF4) {
                    highestSecond = 0x8F;
                }
            } else {
                chars[count++] = REPLACEMENT;
                index++;
                continue;
            }
            int codePoint = first & (0x3F >> continuations);
            int next = index + 1;
            boolean complete = true;
            for (int k = 0; k < continuations; k++) {
                if (next >= end) {
                    complete = false;
                    break;
                }
                int b = bytes[next] & 0xFF;
                int lowest = k == 0 ? lowestSecond : 0x80;
                int highest = k == 0 ? highestSecond : 0xBF;
                if (b < lowest || b > highest) {
                    complete = false;
                    break;
                }
                codePoint = (codePoint << 6) | (b & 0x3F);
                next++;
            }
            if (!complete || Character.isSurrogate((char) codePoint) && codePoint < 0x10000) {
                chars[count++] = REPLACEMENT;
            } else if (codePoint >= 0x10000) {
                chars[count++] = Character.highSurrogate(codePoint);
                chars[count++] = Character.lowSurrogate(codePoint);
            } else {
                chars[count++] = (char) codePoint;
            }
            index = next;
        }
        return new String(chars, 0, count);
    }
}
