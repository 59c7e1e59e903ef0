package org.os2j.runtime.jdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.os2j.runtime.jdk.HostOracle.assertSame;

import org.junit.jupiter.api.Test;

/**
 * CharacterReplacement against java.lang.Character: every code point for the methods that are
 * exact everywhere, U+0000..U+00FF for the letter and case methods, plus the documented limits.
 */
class CharacterReplacementTest {
    private static final int[] RADICES = {-1, 0, 1, 2, 8, 10, 16, 36, 37};

    @Test
    void digitsAndWhitespaceAreExactForEveryCodePoint() {
        for (int cp = -2; cp <= Character.MAX_CODE_POINT + 2; cp++) {
            String context = Integer.toHexString(cp);
            assertEquals(Character.isDigit(cp), CharacterReplacement.isDigit(cp), context);
            assertEquals(Character.isWhitespace(cp), CharacterReplacement.isWhitespace(cp), context);
            assertEquals(Character.isISOControl(cp), CharacterReplacement.isISOControl(cp), context);
            assertEquals(Character.isValidCodePoint(cp), CharacterReplacement.isValidCodePoint(cp), context);
            assertEquals(Character.isBmpCodePoint(cp), CharacterReplacement.isBmpCodePoint(cp), context);
            assertEquals(Character.isSupplementaryCodePoint(cp), CharacterReplacement.isSupplementaryCodePoint(cp));
            assertEquals(Character.charCount(cp), CharacterReplacement.charCount(cp), context);
            for (int radix : RADICES) {
                assertEquals(Character.digit(cp, radix), CharacterReplacement.digit(cp, radix), context + " radix " + radix);
            }
            if (Character.isSupplementaryCodePoint(cp)) {
                assertEquals(Character.highSurrogate(cp), CharacterReplacement.highSurrogate(cp));
                assertEquals(Character.lowSurrogate(cp), CharacterReplacement.lowSurrogate(cp));
                assertEquals(cp, CharacterReplacement.toCodePoint(Character.highSurrogate(cp), Character.lowSurrogate(cp)));
            }
        }
    }

    @Test
    void charMethodsMatchTheJdk() {
        for (int i = 0; i <= 0xFFFF; i++) {
            char c = (char) i;
            String context = Integer.toHexString(i);
            assertEquals(Character.isDigit(c), CharacterReplacement.isDigit(c), context);
            assertEquals(Character.isWhitespace(c), CharacterReplacement.isWhitespace(c), context);
            assertEquals(Character.isISOControl(c), CharacterReplacement.isISOControl(c), context);
            assertEquals(Character.isHighSurrogate(c), CharacterReplacement.isHighSurrogate(c), context);
            assertEquals(Character.isLowSurrogate(c), CharacterReplacement.isLowSurrogate(c), context);
            assertEquals(Character.isSurrogate(c), CharacterReplacement.isSurrogate(c), context);
            assertEquals(Character.digit(c, 16), CharacterReplacement.digit(c, 16), context);
            assertEquals(Character.reverseBytes(c), CharacterReplacement.reverseBytes(c), context);
            assertEquals(Character.hashCode(c), CharacterReplacement.hashCode(c));
            assertEquals(Character.compare(c, 'm'), CharacterReplacement.compare(c, 'm'));
            assertEquals(Character.toString(c), CharacterReplacement.toString(c));
            assertEquals(Character.isSurrogatePair(c, '\udc00'), CharacterReplacement.isSurrogatePair(c, '\udc00'));
        }
    }

    @Test
    void letterAndCasePropertiesAreExactUpToFF() {
        for (int cp = 0; cp <= 0xFF; cp++) {
            char c = (char) cp;
            String context = Integer.toHexString(cp);
            assertEquals(Character.isLetter(cp), CharacterReplacement.isLetter(cp), context);
            assertEquals(Character.isLetter(c), CharacterReplacement.isLetter(c), context);
            assertEquals(Character.isLetterOrDigit(cp), CharacterReplacement.isLetterOrDigit(cp), context);
            assertEquals(Character.isLetterOrDigit(c), CharacterReplacement.isLetterOrDigit(c), context);
            assertEquals(Character.isUpperCase(cp), CharacterReplacement.isUpperCase(cp), context);
            assertEquals(Character.isUpperCase(c), CharacterReplacement.isUpperCase(c), context);
            assertEquals(Character.isLowerCase(cp), CharacterReplacement.isLowerCase(cp), context);
            assertEquals(Character.isLowerCase(c), CharacterReplacement.isLowerCase(c), context);
            assertEquals(Character.toUpperCase(cp), CharacterReplacement.toUpperCase(cp), context);
            assertEquals(Character.toUpperCase(c), CharacterReplacement.toUpperCase(c), context);
            assertEquals(Character.toLowerCase(cp), CharacterReplacement.toLowerCase(cp), context);
            assertEquals(Character.toLowerCase(c), CharacterReplacement.toLowerCase(c), context);
            assertEquals(Character.getNumericValue(cp), CharacterReplacement.getNumericValue(cp), context);
            assertEquals(Character.getNumericValue(c), CharacterReplacement.getNumericValue(c), context);
        }
    }

    @Test
    void numericValueIsExactForDigitsAndFullWidthLetters() {
        for (int cp = 0x100; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isDigit(cp) || Character.digit(cp, 36) >= 0) {
                assertEquals(Character.getNumericValue(cp), CharacterReplacement.getNumericValue(cp), Integer.toHexString(cp));
            }
        }
    }

    @Test
    void documentedLimitsBeyondLatin1() {
        assertFalse(CharacterReplacement.isLetter(0x4E2D));
        assertEquals(0x3BC, CharacterReplacement.toUpperCase(0x3BC));
        assertEquals(0x178, CharacterReplacement.toLowerCase(0x178));
        assertEquals(-1, CharacterReplacement.getNumericValue(0x2160)); // Roman numeral one: 1 in the JDK
    }

    @Test
    void forDigitAndConversionsMatchTheJdk() {
        for (int digit = -2; digit < 40; digit++) {
            for (int radix : RADICES) {
                assertEquals(Character.forDigit(digit, radix), CharacterReplacement.forDigit(digit, radix));
            }
        }
        for (int cp : new int[] {0, 'a', 0xFF, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF}) {
            assertArrayEquals(Character.toChars(cp), CharacterReplacement.toChars(cp));
            assertEquals(Character.toString(cp), CharacterReplacement.toString(cp));
        }
        for (int cp : new int[] {-1, 0x110000, Integer.MIN_VALUE}) {
            assertSame(() -> Character.toChars(cp), () -> CharacterReplacement.toChars(cp), "toChars " + cp);
        }
    }

    @Test
    void constantsMatchTheJdk() {
        assertEquals(Character.MIN_RADIX, CharacterReplacement.MIN_RADIX);
        assertEquals(Character.MAX_RADIX, CharacterReplacement.MAX_RADIX);
        assertEquals(Character.MAX_CODE_POINT, CharacterReplacement.MAX_CODE_POINT);
        assertEquals(Character.MIN_SUPPLEMENTARY_CODE_POINT, CharacterReplacement.MIN_SUPPLEMENTARY_CODE_POINT);
        assertEquals(Character.MAX_VALUE, CharacterReplacement.MAX_VALUE);
    }
}
