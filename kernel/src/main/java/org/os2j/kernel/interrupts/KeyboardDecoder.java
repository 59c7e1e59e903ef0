package org.os2j.kernel.interrupts;

/**
 * Turns PS/2 scancodes (set 1, as the controller's translation delivers them: a key's make code,
 * its break code with bit 7 set, 0xE0 before extended keys) into characters: letters, digits,
 * punctuation and space with shift and caps lock, Enter as '\n', Backspace as '\b', Tab, Escape,
 * and Ctrl+letter as the control character (Ctrl+D is end of input). Runs outside interrupt
 * handlers; a pure state machine, tested on the host.
 */
public final class KeyboardDecoder {
    /** No character (a modifier, a release, an extended or unknown key). */
    public static final int NONE = -1;
    private static final int EXTENDED = 0xE0;
    private static final int RELEASE = 0x80;
    private static final int LEFT_SHIFT = 0x2A;
    private static final int RIGHT_SHIFT = 0x36;
    private static final int CONTROL = 0x1D;
    private static final int CAPS_LOCK = 0x3A;
    /** Make codes 0x00-0x39 to their unshifted and shifted characters (0: none). */
    private static final String PLAIN =
            "\0\033" + "1234567890-=\b\t" + "qwertyuiop[]\n\0" + "asdfghjkl;'`\0\\" + "zxcvbnm,./\0*\0 ";
    private static final String SHIFTED =
            "\0\033" + "!@#$%^&*()_+\b\t" + "QWERTYUIOP{}\n\0" + "ASDFGHJKL:\"~\0|" + "ZXCVBNM<>?\0*\0 ";

    private boolean shift;
    private boolean control;
    private boolean capsLock;
    private boolean extended;

    /** The character {@code scancode} completes, or {@link #NONE}. */
    public int decode(int scancode) {
        if (scancode == EXTENDED) {
            extended = true;
            return NONE;
        }
        boolean wasExtended = extended;
        extended = false;
        boolean released = (scancode & RELEASE) != 0;
        int code = scancode & ~RELEASE;
        if (code == LEFT_SHIFT || code == RIGHT_SHIFT) {
            shift = !released && !wasExtended;
            return NONE;
        }
        if (code == CONTROL) {
            control = !released;
            return NONE;
        }
        if (released || wasExtended) {
            return NONE;
        }
        if (code == CAPS_LOCK) {
            capsLock = !capsLock;
            return NONE;
        }
        if (code >= PLAIN.length() || PLAIN.charAt(code) == 0) {
            return NONE;
        }
        char plain = PLAIN.charAt(code);
        boolean letter = plain >= 'a' && plain <= 'z';
        if (control && letter) {
            return plain & 0x1F;
        }
        boolean upper = letter ? shift != capsLock : shift;
        return upper ? SHIFTED.charAt(code) : plain;
    }
}
