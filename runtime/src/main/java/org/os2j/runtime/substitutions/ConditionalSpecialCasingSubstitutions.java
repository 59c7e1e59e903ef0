package org.os2j.runtime.substitutions;

import java.util.Locale;
import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** java.lang.ConditionalSpecialCasing: the Final_Cased condition of Greek capital sigma's lower case. */
@TargetClass(className = "java.lang.ConditionalSpecialCasing")
final class ConditionalSpecialCasingSubstitutions {
    @Alias
    private static boolean isCased(int ch) {
        return false;
    }

    /**
     * The JDK finds "the closest word boundaries containing C" with a word BreakIterator, whose rules
     * come from the locale service providers and resource data (reflection, resource bundles,
     * files). Here a word is a run of letters, digits and combining marks, which agrees with the
     * JDK's rules except around mid-word punctuation (an apostrophe or period between letters).
     * Otherwise the JDK's algorithm: a cased letter before C in its word, and none after it.
     */
    @Substitute
    private static boolean isFinalCased(String src, int index, Locale locale) {
        int ch;
        for (int i = index; i >= 0 && !isWordBoundary(src, i); i -= Character.charCount(ch)) {
            ch = src.codePointBefore(i);
            if (isCased(ch)) {
                int length = src.length();
                for (i = index + Character.charCount(src.codePointAt(index)); i < length && !isWordBoundary(src, i);
                     i += Character.charCount(ch)) {
                    ch = src.codePointAt(i);
                    if (isCased(ch)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static boolean isWordBoundary(String text, int index) {
        if (index <= 0 || index >= text.length()) {
            return true;
        }
        return isWordPart(text.codePointBefore(index)) != isWordPart(text.codePointAt(index));
    }

    private static boolean isWordPart(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
