package org.os2j.runtime.substitutions;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The standard charset provider's three tables, made when this class is initialized, which the
 * build-time rule does at build time (it only computes), so the executable holds the tables and
 * not the code that fills them.
 *
 * <p>The provider makes a charset other than its six preloaded ones by loading its class by name,
 * which a closed world cannot do (Class.forName finds nothing), so it can only ever return those
 * six. The alias and class tables are the JDK's own, built by their JDK constructors, cut down to
 * the entries of those six: the other 160 charsets' entries led only to a failed class load, and
 * cost 70 KB of strings and map nodes in every executable. Lookups answer as before; and
 * {@code Charset.availableCharsets()} lists the six instead of failing on the others.
 * ALIASES and CLASSES never change; CACHE is the provider's cache of charset instances, filled
 * on first use (one provider exists).
 */
final class StandardCharsetTables {
    /** The canonical names of the charsets the provider preloads (StandardCharsets.cache()). */
    static final Set<String> MADE = Set.of("utf-8", "iso-8859-1", "us-ascii", "utf-16", "utf-16be", "utf-16le");

    static final Map<String, String> ALIASES = madeOnly(StandardCharsetsAliasesSubstitutions.create(), false);
    static final Map<String, String> CLASSES = madeOnly(StandardCharsetsClassesSubstitutions.create(), true);
    static final Map<String, Charset> CACHE = new HashMap<>();

    private StandardCharsetTables() {
    }

    /** The entries of {@code table} whose canonical name (its key, else its value) names a charset of MADE. */
    private static Map<String, String> madeOnly(Map<String, String> table, boolean keyedByCanonicalName) {
        Map<String, String> kept = new HashMap<>();
        for (Map.Entry<String, String> entry : table.entrySet()) {
            if (MADE.contains(keyedByCanonicalName ? entry.getKey() : entry.getValue())) {
                kept.put(entry.getKey(), entry.getValue());
            }
        }
        return kept;
    }
}
