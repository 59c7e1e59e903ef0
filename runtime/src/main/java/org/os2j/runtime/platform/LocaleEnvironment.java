package org.os2j.runtime.platform;

/**
 * The locale a program runs in, read from the environment as the C library's setlocale(LC_ALL, "")
 * does and turned into the JDK's properties as HotSpot's java_props_md.c does: for a category,
 * LC_ALL, else LC_&lt;category&gt;, else LANG, else "C". "C" and "POSIX" mean en_US in the ASCII
 * codeset ANSI_X3.4-1968; "C.UTF-8" means English with no country, in UTF-8; otherwise
 * language_COUNTRY.codeset@modifier. Limit: a named locale is taken as installed (the C library
 * falls back to "C" for a locale the system lacks; os2j does not look).
 */
public final class LocaleEnvironment {
    /** The codeset the C library reports for the "C" locale. */
    public static final String ASCII_CODESET = "ANSI_X3.4-1968";

    private final String language;
    private final String country;
    private final String variant;
    private final String encoding;

    private LocaleEnvironment(String language, String country, String variant, String encoding) {
        this.language = language;
        this.country = country;
        this.variant = variant;
        this.encoding = encoding;
    }

    /**
     * The locale of {@code category} ("LC_CTYPE", "LC_MESSAGES") given the values of LC_ALL, the
     * category's variable and LANG (each null when unset).
     */
    public static LocaleEnvironment of(String all, String categoryValue, String lang) {
        String name = nonEmpty(all) ? all : nonEmpty(categoryValue) ? categoryValue : nonEmpty(lang) ? lang : "C";
        if (name.equals("C") || name.equals("POSIX")) {
            return new LocaleEnvironment("en", "US", "", ASCII_CODESET);
        }
        String modifier = "";
        int at = name.indexOf('@');
        if (at >= 0) {
            modifier = name.substring(at + 1);
            name = name.substring(0, at);
        }
        String codeset = null;
        int dot = name.indexOf('.');
        if (dot >= 0) {
            codeset = name.substring(dot + 1);
            name = name.substring(0, dot);
        }
        String language = name;
        String country = "";
        int underscore = name.indexOf('_');
        if (underscore >= 0) {
            language = name.substring(0, underscore);
            country = name.substring(underscore + 1);
        }
        if (language.equals("C") || language.equals("POSIX")) {
            language = "en";
        }
        return new LocaleEnvironment(language, country, modifier.equals("euro") ? "" : modifier,
                encodingOf(codeset));
    }

    /** The JDK's name for a C library codeset ("UTF-8" for utf8 spellings); ASCII when none is named. */
    private static String encodingOf(String codeset) {
        if (codeset == null) {
            return ASCII_CODESET;
        }
        if (spells(codeset, "utf8")) {
            return "UTF-8";
        }
        if (spells(codeset, "iso88591")) {
            return "ISO-8859-1";
        }
        return codeset;
    }

    /**
     * Whether {@code codeset} is {@code lowerCaseName} in any ASCII case and with any dashes (C
     * library codeset names are ASCII; equalsIgnoreCase and replace would bring the Unicode case
     * tables and String.replace into every executable).
     */
    private static boolean spells(String codeset, String lowerCaseName) {
        int matched = 0;
        for (int index = 0; index < codeset.length(); index++) {
            char c = codeset.charAt(index);
            if (c == '-') {
                continue;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (matched == lowerCaseName.length() || lower != lowerCaseName.charAt(matched)) {
                return false;
            }
            matched++;
        }
        return matched == lowerCaseName.length();
    }

    private static boolean nonEmpty(String value) {
        return value != null && !value.isEmpty();
    }

    public String language() {
        return language;
    }

    public String country() {
        return country;
    }

    public String variant() {
        return variant;
    }

    /** The character encoding (file.encoding, sun.jnu.encoding). */
    public String encoding() {
        return encoding;
    }
}
