package org.os2j.runtime.substitutions;

import java.util.Map;
import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.TargetClass;

/** sun.nio.cs.StandardCharsets$Aliases (alias to canonical charset name): made at build time. */
@TargetClass(className = "sun.nio.cs.StandardCharsets$Aliases")
final class StandardCharsetsAliasesSubstitutions {
    @Alias
    private StandardCharsetsAliasesSubstitutions() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> create() {
        return (Map<String, String>) (Object) new StandardCharsetsAliasesSubstitutions();
    }
}
