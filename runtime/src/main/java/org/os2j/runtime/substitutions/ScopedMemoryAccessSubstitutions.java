package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** jdk.internal.misc.ScopedMemoryAccess's native registration. */
@TargetClass(className = "jdk.internal.misc.ScopedMemoryAccess")
final class ScopedMemoryAccessSubstitutions {
    /** Native: registers closeScope0's native; os2j binds natives at compile time. */
    @Substitute
    private static void registerNatives() {
    }
}
