package org.os2j.runtime.jdk;

/**
 * The decimal digits of Unicode 13.0 (general category Nd), the version JDK 17 implements: every
 * such digit lies in a run of ten consecutive code points with values 0 to 9, and
 * {@link #ZEROS} lists the first code point of each run, ascending (generated from JDK 17's
 * {@code Character.getType}; a host test checks it against the running JDK).
 */
public final class UnicodeDigits {
    private static final int[] ZEROS = {
        0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
        0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
        0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
        0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
        0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16B50,
        0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
    };

    private UnicodeDigits() {
    }

    /** The decimal value (0 to 9) of {@code codePoint}, or -1 when it is not a decimal digit. */
    public static int decimalValue(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= '0' && codePoint <= '9' ? codePoint - '0' : -1;
        }
        int low = 0;
        int high = ZEROS.length - 1;
        // Find the last run starting at or before codePoint.
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (ZEROS[middle] <= codePoint) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        int offset = codePoint - ZEROS[low];
        return offset >= 0 && offset < 10 ? offset : -1;
    }
}
