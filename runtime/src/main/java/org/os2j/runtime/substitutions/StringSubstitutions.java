package org.os2j.runtime.substitutions;

import org.os2j.runtime.InternedStrings;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** java.lang.String's one native. */
@TargetClass(String.class)
final class StringSubstitutions {
    /** Native: the JVM's string pool; os2j's is runtime/InternedStrings. */
    @Substitute
    public String intern() {
        return InternedStrings.intern((String) (Object) this);
    }
}
