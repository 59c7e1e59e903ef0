package org.os2j.runtime.jdk;

import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/**
 * Byte-array copying and comparison for the replacement classes, which may not call
 * {@code System.arraycopy} or {@code java.util.Arrays}. Raw memory, eight bytes at a time;
 * callers check bounds.
 *
 * <p>Public because the replacements that call it move to {@code java.lang} when the compiler
 * renames them, leaving this class in another package.
 */
public final class ByteArrays {
    private ByteArrays() {
    }

    /**
     * Copies {@code length} bytes from {@code source[sourceIndex..]} to {@code target[targetIndex..]};
     * correct when the two ranges overlap in the same array (like {@code System.arraycopy}): eight
     * bytes at a time, backward when the target lies above the source (each word is read before
     * the write that could overlap it, and the words still to read lie on the other side).
     */
    public static void copy(byte[] source, int sourceIndex, byte[] target, int targetIndex, int length) {
        if (!Magic.inCompiledCode()) {
            System.arraycopy(source, sourceIndex, target, targetIndex, length); // on HotSpot, in host tests
            return;
        }
        long from = Magic.arrayElements(source) + sourceIndex;
        long to = Magic.arrayElements(target) + targetIndex;
        if (source == target && sourceIndex < targetIndex) {
            int i = length;
            for (; i >= 8; i -= 8) {
                Memory.storeLong(to + i - 8, Memory.loadLong(from + i - 8));
            }
            for (; i > 0; i--) {
                Memory.storeByte(to + i - 1, Memory.loadByte(from + i - 1));
            }
        } else {
            int i = 0;
            for (; i + 8 <= length; i += 8) {
                Memory.storeLong(to + i, Memory.loadLong(from + i));
            }
            for (; i < length; i++) {
                Memory.storeByte(to + i, Memory.loadByte(from + i));
            }
        }
    }

    /** A new array of {@code newLength} bytes starting with a copy of {@code source}, zero-padded. */
    public static byte[] copyOf(byte[] source, int newLength) {
        byte[] result = new byte[newLength];
        copy(source, 0, result, 0, source.length < newLength ? source.length : newLength);
        return result;
    }

    /** A new array holding {@code source[from..from+length)}. */
    public static byte[] copyOfRange(byte[] source, int from, int length) {
        byte[] result = new byte[length];
        copy(source, from, result, 0, length);
        return result;
    }

    /** Whether the two arrays have the same length and contents. */
    public static boolean equal(byte[] first, byte[] second) {
        if (first.length != second.length) {
            return false;
        }
        for (int i = 0; i < first.length; i++) {
            if (first[i] != second[i]) {
                return false;
            }
        }
        return true;
    }
}
