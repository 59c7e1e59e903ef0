package org.os2j.runtime.substitutions;

import java.io.PrintStream;
import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.report.StackTraceText;
import org.os2j.runtime.unwind.StackTraces;

/** java.lang.Throwable's natives, which walk the JVM's stack. */
@TargetClass(Throwable.class)
final class ThrowableSubstitutions {
    /** The JVM's record of the stack; here the return addresses StackTraces.capture found. */
    @Alias
    private transient Object backtrace;
    /** The number of frames in {@link #backtrace}. */
    @Alias
    private transient int depth;

    /** The return addresses recorded for {@code throwable} (a helper added to Throwable). */
    static long[] recordedFrames(Throwable throwable) {
        return (long[]) ((ThrowableSubstitutions) (Object) throwable).backtrace;
    }

    /** Native: records the frames above the exception's creation (unwind/StackTraces). */
    @Substitute
    private Throwable fillInStackTrace(int dummy) {
        long[] frames = StackTraces.capture((Throwable) (Object) this);
        backtrace = frames;
        depth = frames.length;
        return (Throwable) (Object) this;
    }

    /** Wraps the stream and keeps a set of printed exceptions in an IdentityHashMap: the text is the same. */
    @Substitute
    public void printStackTrace(PrintStream stream) {
        stream.print(StackTraceText.of((Throwable) (Object) this));
    }
}
