package org.os2j.kernel.interrupts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Scancode set 1 sequences (make, break = make | 0x80, 0xE0 prefix) and the characters they type. */
class KeyboardDecoderTest {
    private static final int SHIFT = 0x2A;
    private static final int RIGHT_SHIFT = 0x36;
    private static final int CAPS_LOCK = 0x3A;
    private static final int CONTROL = 0x1D;

    private final KeyboardDecoder decoder = new KeyboardDecoder();
    private final StringBuilder typed = new StringBuilder();

    private void press(int... scancodes) {
        for (int scancode : scancodes) {
            int character = decoder.decode(scancode);
            if (character != KeyboardDecoder.NONE) {
                typed.append((char) character);
            }
        }
    }

    /** A key pressed and released. */
    private void tap(int make) {
        press(make, make | 0x80);
    }

    @Test
    void lettersDigitsAndPunctuationUnshifted() {
        for (int make : new int[] {0x10, 0x02, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B, 0x27, 0x28, 0x29, 0x2B, 0x33, 0x34, 0x35,
                0x39, 0x2C, 0x32}) {
            tap(make);
        }
        assertEquals("q10-=[];'`\\,./ zm", typed.toString());
    }

    @Test
    void shiftGivesCapitalsAndTheUpperRow() {
        press(SHIFT);
        for (int make : new int[] {0x1E, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x27,
                0x28, 0x33, 0x34, 0x35, 0x2B, 0x29}) {
            tap(make);
        }
        press(SHIFT | 0x80);
        tap(0x1E);
        assertEquals("A!@#$%^&*()_+:\"<>?|~a", typed.toString());
    }

    @Test
    void capsLockTogglesLettersOnlyAndShiftInvertsIt() {
        tap(CAPS_LOCK);
        tap(0x1E);
        tap(0x02);
        press(RIGHT_SHIFT);
        tap(0x1E);
        tap(0x02);
        press(RIGHT_SHIFT | 0x80);
        tap(CAPS_LOCK);
        tap(0x1E);
        assertEquals("A1a!a", typed.toString());
    }

    @Test
    void enterBackspaceTabAndControlCharacters() {
        tap(0x1C);
        tap(0x0E);
        tap(0x0F);
        press(CONTROL);
        tap(0x20); // d
        press(CONTROL | 0x80);
        tap(0x20);
        assertEquals("\n\b\t\u0004d", typed.toString());
    }

    @Test
    void releasesExtendedKeysAndUnknownCodesTypeNothing() {
        press(0xE0, 0x48, 0xE0, 0xC8); // cursor up, pressed and released
        press(0xE0, SHIFT, 0xE0, SHIFT | 0x80); // the fake shift some keyboards send around extended keys
        tap(0x3B); // F1
        tap(0x1E);
        assertEquals("a", typed.toString());
    }
}
