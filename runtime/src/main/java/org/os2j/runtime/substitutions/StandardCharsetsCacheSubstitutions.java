package org.os2j.runtime.substitutions;

import java.nio.charset.Charset;
import java.util.Map;
import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.TargetClass;

/** sun.nio.cs.StandardCharsets$Cache (canonical charset name to charset instance, null until looked up): made at build time. */
@TargetClass(className = "sun.nio.cs.StandardCharsets$Cache")
final class StandardCharsetsCacheSubstitutions {
    @Alias
    private StandardCharsetsCacheSubstitutions() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Charset> create() {
        return (Map<String, Charset>) (Object) new StandardCharsetsCacheSubstitutions();
    }
}
