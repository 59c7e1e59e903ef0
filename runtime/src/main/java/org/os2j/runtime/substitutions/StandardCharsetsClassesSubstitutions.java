package org.os2j.runtime.substitutions;

import java.util.Map;
import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.TargetClass;

/** sun.nio.cs.StandardCharsets$Classes (canonical charset name to class name): made at build time. */
@TargetClass(className = "sun.nio.cs.StandardCharsets$Classes")
final class StandardCharsetsClassesSubstitutions {
    @Alias
    private StandardCharsetsClassesSubstitutions() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> create() {
        return (Map<String, String>) (Object) new StandardCharsetsClassesSubstitutions();
    }
}
