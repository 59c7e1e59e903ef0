package org.os2j.runtime.substitutions;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * The standard charset provider's three tables, built by their own JDK constructors when this
 * class is initialized, which the build-time rule does at build time (they only compute), so the
 * executable holds the tables and not the code that fills them. ALIASES and CLASSES never change;
 * CACHE is the provider's cache of charset instances, filled at run time (one provider exists).
 */
final class StandardCharsetTables {
    static final Map<String, String> ALIASES = StandardCharsetsAliasesSubstitutions.create();
    static final Map<String, String> CLASSES = StandardCharsetsClassesSubstitutions.create();
    static final Map<String, Charset> CACHE = StandardCharsetsCacheSubstitutions.create();

    private StandardCharsetTables() {
    }
}
