package org.os2j.runtime.kernel;

import org.os2j.runtime.KernelLayout;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.intrinsic.Ports;

/**
 * The console's mirror on the screen: the VGA text buffer at physical 0xB8000, 80 columns by 25
 * rows of (character, attribute) pairs, light grey on black, scrolling up when full, with the
 * hardware cursor (CRT controller registers 0x0E/0x0F) following the text. Line feed, carriage
 * return and backspace move the position; other bytes are shown as the code page 437 glyph of
 * that value. Does not allocate.
 */
public final class VgaText {
    public static final int COLUMNS = 80;
    public static final int ROWS = 25;
    private static final long BUFFER = KernelLayout.virtual(0xB8000);
    private static final int LIGHT_GREY_ON_BLACK = 0x07;
    private static final int CRT_INDEX = 0x3D4;
    private static final int CRT_DATA = 0x3D5;
    private static final int CURSOR_HIGH = 0x0E;
    private static final int CURSOR_LOW = 0x0F;

    /** Where the next character goes; 0 <= row < ROWS, 0 <= column < COLUMNS. */
    private static int row;
    private static int column;

    private VgaText() {
    }

    /** Blanks the screen and puts the position at the top left. */
    public static void clear() {
        for (int cell = 0; cell < COLUMNS * ROWS; cell++) {
            Memory.storeShort(BUFFER + 2L * cell, (short) (LIGHT_GREY_ON_BLACK << 8 | ' '));
        }
        row = 0;
        column = 0;
        moveCursor();
    }

    /** Shows {@code bytes[offset..offset+length)}. */
    public static void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            put(bytes[i] & 0xFF);
        }
        moveCursor();
    }

    /** Shows the characters of {@code text} (Latin-1). */
    public static void print(String text) {
        for (int i = 0; i < text.length(); i++) {
            put(text.charAt(i) & 0xFF);
        }
        moveCursor();
    }

    /** The character at a position (for tests). */
    public static int characterAt(int atRow, int atColumn) {
        return Memory.loadShort(BUFFER + 2L * (atRow * COLUMNS + atColumn)) & 0xFF;
    }

    public static int row() {
        return row;
    }

    private static void put(int character) {
        if (character == '\n') {
            newLine();
        } else if (character == '\r') {
            column = 0;
        } else if (character == '\b') {
            column = Math.max(0, column - 1);
        } else {
            Memory.storeShort(BUFFER + 2L * (row * COLUMNS + column), (short) (LIGHT_GREY_ON_BLACK << 8 | character));
            if (++column == COLUMNS) {
                newLine();
            }
        }
    }

    private static void newLine() {
        column = 0;
        if (row < ROWS - 1) {
            row++;
            return;
        }
        for (int cell = 0; cell < COLUMNS * (ROWS - 1); cell++) {
            Memory.storeShort(BUFFER + 2L * cell, Memory.loadShort(BUFFER + 2L * (cell + COLUMNS)));
        }
        for (int cell = COLUMNS * (ROWS - 1); cell < COLUMNS * ROWS; cell++) {
            Memory.storeShort(BUFFER + 2L * cell, (short) (LIGHT_GREY_ON_BLACK << 8 | ' '));
        }
    }

    private static void moveCursor() {
        int position = row * COLUMNS + column;
        Ports.out8(CRT_INDEX, CURSOR_LOW);
        Ports.out8(CRT_DATA, position & 0xFF);
        Ports.out8(CRT_INDEX, CURSOR_HIGH);
        Ports.out8(CRT_DATA, position >>> 8);
    }
}
