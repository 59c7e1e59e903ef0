package org.os2j.runtime;

/**
 * Image text: a string the compiler emits as bytes in read-only data instead of a String object,
 * for text that becomes a String only on a rare path (helpful NullPointerException messages, the
 * method and file names of stack trace elements), which saves the String object and array header
 * of each (56 bytes) and keeps it out of the writable image. Declared once for the compiler
 * (layout/ImageData.text), which emits it, and the runtime ({@link ImageText}), which reads it.
 * <pre>
 *  offset 0: header (int32): the length in chars, shifted left by one, or'ed with the coder
 *            (0: Latin-1, one byte a char; 1: UTF-16, two bytes a char, little-endian)
 *  offset 4: the chars
 * </pre>
 */
public final class TextLayout {
    public static final int HEADER_SIZE = 4;
    public static final int CODER_UTF16 = 1;

    private TextLayout() {
    }
}
