package org.os2j.runtime.jdk;

/**
 * Formats integers as digits, for the Integer, Long, Short, Byte and String replacements and for
 * {@code StringBuilder.append} and {@code PrintStream.print}: JDK 17's digits (lower-case letters
 * above 9, a leading '-' for negative signed values, no leading zeros, radix outside [2, 36]
 * meaning 10). Signed formatting works on the negated value so that MIN_VALUE needs no special
 * case. Uses no string concatenation (it is what concatenation is built on).
 *
 * <p>Public because the replacements that call it move to {@code java.lang} when renamed.
 */
public final class NumberFormatting {
    private NumberFormatting() {
    }

    /** {@code radix} when it is in [2, 36], else 10 (what the JDK's toString methods do). */
    public static int checkedRadix(int radix) {
        return radix < CharacterReplacement.MIN_RADIX || radix > CharacterReplacement.MAX_RADIX ? 10 : radix;
    }

    /** The digit character for {@code digit} in [0, 36). */
    public static char digitCharacter(int digit) {
        return (char) (digit < 10 ? '0' + digit : 'a' - 10 + digit);
    }

    /** The number of chars {@code value} takes in {@code radix} (in [2, 36]), counting a '-' sign. */
    public static int length(long value, int radix) {
        int length = value < 0 ? 2 : 1;
        long negative = value < 0 ? value : -value;
        while (negative <= -radix) {
            negative /= radix;
            length++;
        }
        return length;
    }

    /**
     * Writes {@code value} in {@code radix} (in [2, 36]) so that it ends just before char index
     * {@code end} of {@code target}, coded Latin-1 or UTF-16 as {@code coder} says;
     * {@link #length} chars are written.
     */
    public static void write(long value, int radix, byte[] target, int end, byte coder) {
        long negative = value < 0 ? value : -value;
        int index = end;
        do {
            long quotient = negative / radix;
            int digit = (int) (quotient * radix - negative);
            put(target, --index, digitCharacter(digit), coder);
            negative = quotient;
        } while (negative != 0);
        if (value < 0) {
            put(target, index - 1, '-', coder);
        }
    }

    private static void put(byte[] target, int index, char c, byte coder) {
        if (coder == StringReplacement.LATIN1) {
            target[index] = (byte) c;
        } else {
            Utf16.putChar(target, index, c);
        }
    }

    /** {@code value} as signed digits in {@code radix} (outside [2, 36]: 10). */
    public static StringReplacement toString(long value, int radix) {
        radix = checkedRadix(radix);
        int length = length(value, radix);
        byte[] digits = new byte[length];
        write(value, radix, digits, length, StringReplacement.LATIN1);
        return new StringReplacement(digits, StringReplacement.LATIN1);
    }

    /** {@code value} read as an unsigned 64-bit number, in {@code radix} (outside [2, 36]: 10). */
    public static StringReplacement toUnsignedString(long value, int radix) {
        if (value >= 0) {
            return toString(value, radix);
        }
        radix = checkedRadix(radix);
        long quotient = LongReplacement.divideUnsigned(value, radix);
        int lastDigit = (int) (value - quotient * radix);
        int length = length(quotient, radix) + 1;
        byte[] digits = new byte[length];
        write(quotient, radix, digits, length - 1, StringReplacement.LATIN1);
        digits[length - 1] = (byte) digitCharacter(lastDigit);
        return new StringReplacement(digits, StringReplacement.LATIN1);
    }
}
