package org.os2j.runtime.jdk;

import org.os2j.runtime.report.ImplicitExceptions;

/**
 * Parses signed integers for the Integer, Long, Short and Byte replacements with JDK 17's rules:
 * an optional '+' or '-', then at least one digit as {@code Character.digit} reads it (so any
 * Unicode decimal digit and the full-width Latin letters count), no other characters, and the
 * value within the given range; otherwise the JDK's NumberFormatException message. Accumulates
 * negatively so the most negative value parses without overflow.
 *
 * <p>Public because the replacements that call it move to {@code java.lang} when renamed.
 */
public final class NumberParsing {
    private NumberParsing() {
    }

    /** The value of {@code text} in {@code radix}, which must lie in [{@code minimum}, {@code maximum}]. */
    public static long parse(String text, int radix, long minimum, long maximum) {
        if (text == null) {
            ImplicitExceptions.numberFormatNullString();
        }
        if (radix < CharacterReplacement.MIN_RADIX || radix > CharacterReplacement.MAX_RADIX) {
            ImplicitExceptions.numberFormatRadix(radix);
        }
        int length = text.length();
        if (length == 0) {
            ImplicitExceptions.numberFormat(text, radix);
        }
        boolean negative = false;
        long limit = -maximum;
        int index = 0;
        char first = text.charAt(0);
        if (first < '0') {
            if (first == '-') {
                negative = true;
                limit = minimum;
            } else if (first != '+') {
                ImplicitExceptions.numberFormat(text, radix);
            }
            if (length == 1) {
                ImplicitExceptions.numberFormat(text, radix);
            }
            index++;
        }
        long multiplicationLimit = limit / radix;
        long result = 0;
        while (index < length) {
            int digit = CharacterReplacement.digit(text.charAt(index++), radix);
            if (digit < 0 || result < multiplicationLimit) {
                ImplicitExceptions.numberFormat(text, radix);
            }
            result *= radix;
            if (result < limit + digit) {
                ImplicitExceptions.numberFormat(text, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    /** As {@link #parse} into the int range, then checked against a narrower range (short, byte). */
    public static int parseNarrow(String text, int radix, int minimum, int maximum) {
        int value = (int) parse(text, radix, IntegerReplacement.MIN_VALUE, IntegerReplacement.MAX_VALUE);
        if (value < minimum || value > maximum) {
            ImplicitExceptions.numberFormatOutOfRange(text, radix);
        }
        return value;
    }
}
