package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.unwind.StackTraces;

/** java.lang.StackTraceElement's construction from the JVM's backtrace, through natives. */
@TargetClass(StackTraceElement.class)
final class StackTraceElementSubstitutions {
    /** Fills elements through a native from the JVM's backtrace: here, from recorded return addresses. */
    @Substitute
    static StackTraceElement[] of(Throwable throwable, int depth) {
        return StackTraces.elements(ThrowableSubstitutions.recordedFrames(throwable), depth);
    }
}
