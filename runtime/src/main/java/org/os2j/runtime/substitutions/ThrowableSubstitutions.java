package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** java.lang.Throwable's natives, which walk the JVM's stack. */
@TargetClass(Throwable.class)
final class ThrowableSubstitutions {
    /** Native: records the stack in the JVM; os2j records no frames yet (stack traces come with unwinding). */
    @Substitute
    private Throwable fillInStackTrace(int dummy) {
        return (Throwable) (Object) this;
    }
}
