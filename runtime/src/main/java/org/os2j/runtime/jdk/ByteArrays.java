package org.os2j.runtime.jdk;

/**
 * Byte-array copying and comparison for the replacement classes, which may not call
 * {@code System.arraycopy} or {@code java.util.Arrays}. Plain loops; callers check bounds.
 *
 * <p>Public because the replacements that call it move to {@code java.lang} when the compiler
 * renames them, leaving this class in another package.
 */
public final class ByteArrays {
    private ByteArrays() {
    }

    /**
     * Copies {@code length} bytes from {@code source[sourceIndex..]} to {@code target[targetIndex..]};
     * correct when the two ranges overlap in the same array (like {@code System.arraycopy}).
     */
    public static void copy(byte[] source, int sourceIndex, byte[] target, int targetIndex, int length) {
        if (source == target && sourceIndex < targetIndex) {
            for (int i = length - 1; i >= 0; i--) {
                target[targetIndex + i] = source[sourceIndex + i];
            }
        } else {
            for (int i = 0; i < length; i++) {
                target[targetIndex + i] = source[sourceIndex + i];
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
