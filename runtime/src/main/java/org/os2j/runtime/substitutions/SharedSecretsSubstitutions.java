package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** jdk.internal.access.SharedSecrets's static initializer. */
@TargetClass(className = "jdk.internal.access.SharedSecrets")
final class SharedSecretsSubstitutions {
    /**
     * Stores MethodHandles.lookup() (caller-sensitive: it needs the caller's class from the stack)
     * in a field SharedSecrets never reads: nothing to do.
     */
    @Substitute(method = "<clinit>")
    private static void initializeStatics() {
    }
}
