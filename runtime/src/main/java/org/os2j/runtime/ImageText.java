package org.os2j.runtime;

import org.os2j.runtime.intrinsic.Memory;

/**
 * Strings from the compiler's image text ({@link TextLayout}), made when they are needed: a
 * helpful NullPointerException message when the check fails, a method's name when a stack trace
 * element is made.
 */
public final class ImageText {
    private ImageText() {
    }

    /** The String of the image text at {@code address}, or null when the address is 0. */
    public static String string(long address) {
        if (address == 0) {
            return null;
        }
        int header = Memory.loadInt(address);
        int length = header >>> 1;
        boolean utf16 = (header & TextLayout.CODER_UTF16) != 0;
        long chars = address + TextLayout.HEADER_SIZE;
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = utf16 ? Memory.loadChar(chars + 2L * i) : (char) (Memory.loadByte(chars + i) & 0xFF);
        }
        return new String(text);
    }
}
