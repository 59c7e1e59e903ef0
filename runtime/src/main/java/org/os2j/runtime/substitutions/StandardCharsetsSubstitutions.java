package org.os2j.runtime.substitutions;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import sun.security.action.GetPropertyAction;

/**
 * sun.nio.cs.StandardCharsets, java.base's charset provider: its alias, class-name and cache tables
 * are maps whose constructors are generated straight-line code (130 KB compiled); os2j builds them
 * at build time ({@link StandardCharsetTables}) so that code is not in the executable.
 */
@TargetClass(className = "sun.nio.cs.StandardCharsets")
final class StandardCharsetsSubstitutions {
    @Alias
    private Map<String, Charset> cache;

    /**
     * Lazily built on first lookup in the JDK: here the map made at build time, given the JDK's
     * six preloaded charsets on first use, as the JDK's cache() does.
     */
    @Substitute
    private Map<String, Charset> cache() {
        Map<String, Charset> map = cache;
        if (map == null) {
            map = StandardCharsetTables.CACHE;
            map.put("utf-8", StandardCharsets.UTF_8);
            map.put("iso-8859-1", StandardCharsets.ISO_8859_1);
            map.put("us-ascii", StandardCharsets.US_ASCII);
            map.put("utf-16", StandardCharsets.UTF_16);
            map.put("utf-16be", StandardCharsets.UTF_16BE);
            map.put("utf-16le", StandardCharsets.UTF_16LE);
            cache = map;
        }
        return map;
    }
    /** Lazily built on first lookup in the JDK: here the table built at build time. */
    @Substitute
    private Map<String, String> aliasMap() {
        return StandardCharsetTables.ALIASES;
    }

    /** Lazily built on first lookup in the JDK: here the table built at build time. */
    @Substitute
    private Map<String, String> classMap() {
        return StandardCharsetTables.CLASSES;
    }

    /**
     * The JDK's canonicalization, which reads GB18030.IS_2000 and so initializes GB18030 (180 KB of
     * table strings); here the same test on the property that flag is computed from.
     */
    @Substitute
    private String canonicalize(String csn) {
        if (csn.startsWith("gb18030-")) {
            boolean is2000 = "2000".equals(GetPropertyAction.privilegedGetProperty("jdk.charset.GB18030"));
            return csn.equals("gb18030-2022") && !is2000 || csn.equals("gb18030-2000") && is2000 ? "gb18030" : csn;
        }
        String canonical = StandardCharsetTables.ALIASES.get(csn);
        return canonical != null ? canonical : csn;
    }
}
