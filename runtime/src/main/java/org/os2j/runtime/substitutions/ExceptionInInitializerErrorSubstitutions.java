package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** java.lang.ExceptionInInitializerError's static initializer. */
@TargetClass(ExceptionInInitializerError.class)
final class ExceptionInInitializerErrorSubstitutions {
    /** Builds serialization metadata (ObjectStreamField, which drags in reflection); os2j has no serialization. */
    @Substitute(method = "<clinit>")
    private static void initializeStatics() {
    }
}
