package org.os2j.runtime.jdk;

import org.os2j.runtime.annotation.ReplaceClass;
import org.os2j.runtime.report.ImplicitExceptions;

/**
 * Stands in for {@code java.lang.Character}'s static members until the JDK class itself compiles
 * (scaffolding); no boxing. Results are JDK 17's for every code point in: the constants, surrogate
 * and code-point arithmetic, {@link #isDigit}, {@link #digit}, {@link #forDigit},
 * {@link #isWhitespace} and {@link #isISOControl}. Letter and case properties
 * ({@link #isLetter}, {@link #isLetterOrDigit} (its letter half), {@link #isUpperCase},
 * {@link #isLowerCase}, {@link #toUpperCase}, {@link #toLowerCase}) are exact for code points up
 * to U+00FF; every other code point counts as no letter and maps to itself. {@link #getNumericValue}
 * is exact up to U+00FF, for decimal digits and for the full-width Latin letters, and -1 elsewhere
 * (the JDK also knows Roman numerals, fractions and the like).
 */
@ReplaceClass(Character.class)
public final class CharacterReplacement {
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';
    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0X10FFFF;
    public static final int SIZE = 16;
    public static final int BYTES = 2;

    private CharacterReplacement() {
    }

    // ---- code points and surrogates ----

    public static boolean isValidCodePoint(int codePoint) {
        return (codePoint >>> 16) < ((MAX_CODE_POINT + 1) >>> 16);
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return (codePoint >>> 16) == 0;
    }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint < MAX_CODE_POINT + 1;
    }

    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch <= MAX_HIGH_SURROGATE;
    }

    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch <= MAX_LOW_SURROGATE;
    }

    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch <= MAX_SURROGATE;
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    public static int toCodePoint(char high, char low) {
        return ((high << 10) + low) + (MIN_SUPPLEMENTARY_CODE_POINT - (MIN_HIGH_SURROGATE << 10) - MIN_LOW_SURROGATE);
    }

    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3FF) + MIN_LOW_SURROGATE);
    }

    // ---- digits ----

    public static boolean isDigit(char ch) {
        return isDigit((int) ch);
    }

    public static boolean isDigit(int codePoint) {
        return UnicodeDigits.decimalValue(codePoint) >= 0;
    }

    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        int value = UnicodeDigits.decimalValue(codePoint);
        if (value < 0) {
            value = latinLetterValue(codePoint);
        }
        return value < radix ? value : -1;
    }

    /** 10 to 35 for the Latin letters A-Z and a-z, in ASCII or full width; else -1. */
    private static int latinLetterValue(int codePoint) {
        if (codePoint >= 'A' && codePoint <= 'Z') {
            return codePoint - 'A' + 10;
        }
        if (codePoint >= 'a' && codePoint <= 'z') {
            return codePoint - 'a' + 10;
        }
        if (codePoint >= 0xFF21 && codePoint <= 0xFF3A) {
            return codePoint - 0xFF21 + 10;
        }
        if (codePoint >= 0xFF41 && codePoint <= 0xFF5A) {
            return codePoint - 0xFF41 + 10;
        }
        return -1;
    }

    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0) {
            return '\0';
        }
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return '\0';
        }
        if (digit < 10) {
            return (char) ('0' + digit);
        }
        return (char) ('a' - 10 + digit);
    }

    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    /** See the class comment for the code points this is exact for; -2 marks a fraction, as in the JDK. */
    public static int getNumericValue(int codePoint) {
        int value = UnicodeDigits.decimalValue(codePoint);
        if (value >= 0) {
            return value;
        }
        value = latinLetterValue(codePoint);
        if (value >= 0) {
            return value;
        }
        switch (codePoint) {
            case 0xB2: // superscript two
                return 2;
            case 0xB3: // superscript three
                return 3;
            case 0xB9: // superscript one
                return 1;
            case 0xBC: // vulgar fractions one quarter, one half, three quarters
            case 0xBD:
            case 0xBE:
                return -2;
            default:
                return -1;
        }
    }

    // ---- letters and case (exact up to U+00FF) ----

    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    public static boolean isLetter(int codePoint) {
        return isUpperCase(codePoint) || isLowerCase(codePoint);
    }

    public static boolean isLetterOrDigit(char ch) {
        return isLetterOrDigit((int) ch);
    }

    public static boolean isLetterOrDigit(int codePoint) {
        return isLetter(codePoint) || isDigit(codePoint);
    }

    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    public static boolean isUpperCase(int codePoint) {
        return codePoint >= 'A' && codePoint <= 'Z'
                || codePoint >= 0xC0 && codePoint <= 0xDE && codePoint != 0xD7;
    }

    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    /** Includes the ordinal indicators U+00AA and U+00BA (Other_Lowercase), as the JDK. */
    public static boolean isLowerCase(int codePoint) {
        return codePoint >= 'a' && codePoint <= 'z'
                || codePoint >= 0xDF && codePoint <= 0xFF && codePoint != 0xF7
                || codePoint == 0xAA || codePoint == 0xB5 || codePoint == 0xBA;
    }

    public static char toUpperCase(char ch) {
        return (char) toUpperCase((int) ch);
    }

    /** U+00B5 and U+00FF map outside Latin-1 (to U+039C, U+0178); U+00DF has no one-char upper case. */
    public static int toUpperCase(int codePoint) {
        if (codePoint >= 'a' && codePoint <= 'z'
                || codePoint >= 0xE0 && codePoint <= 0xFE && codePoint != 0xF7) {
            return codePoint - 0x20;
        }
        if (codePoint == 0xB5) {
            return 0x39C;
        }
        if (codePoint == 0xFF) {
            return 0x178;
        }
        return codePoint;
    }

    public static char toLowerCase(char ch) {
        return (char) toLowerCase((int) ch);
    }

    public static int toLowerCase(int codePoint) {
        if (codePoint >= 'A' && codePoint <= 'Z'
                || codePoint >= 0xC0 && codePoint <= 0xDE && codePoint != 0xD7) {
            return codePoint + 0x20;
        }
        return codePoint;
    }

    // ---- other properties ----

    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    /** Exact for every code point: the separators except the no-break ones, and the listed controls. */
    public static boolean isWhitespace(int codePoint) {
        if (codePoint <= 0x20) {
            return codePoint == ' ' || codePoint >= 0x09 && codePoint <= 0x0D || codePoint >= 0x1C;
        }
        if (codePoint < 0x1680) {
            return false;
        }
        return codePoint == 0x1680
                || codePoint >= 0x2000 && codePoint <= 0x200A && codePoint != 0x2007
                || codePoint == 0x2028 || codePoint == 0x2029 || codePoint == 0x205F || codePoint == 0x3000;
    }

    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    public static boolean isISOControl(int codePoint) {
        return codePoint <= 0x9F && (codePoint >= 0x7F || (codePoint >>> 5 == 0));
    }

    // ---- conversions ----

    public static int compare(char x, char y) {
        return x - y;
    }

    public static int hashCode(char value) {
        return value;
    }

    public static char reverseBytes(char ch) {
        return (char) (((ch & 0xFF00) >> 8) | (ch << 8));
    }

    public static String toString(char c) {
        return StringReplacement.valueOfChar(c).asString();
    }

    public static String toString(int codePoint) {
        return new StringReplacement(toChars(codePoint)).asString();
    }

    public static char[] toChars(int codePoint) {
        if (!isValidCodePoint(codePoint)) {
            ImplicitExceptions.invalidCodePoint(codePoint);
        }
        if (isBmpCodePoint(codePoint)) {
            char[] result = new char[1];
            result[0] = (char) codePoint;
            return result;
        }
        char[] result = new char[2];
        result[0] = highSurrogate(codePoint);
        result[1] = lowSurrogate(codePoint);
        return result;
    }
}
