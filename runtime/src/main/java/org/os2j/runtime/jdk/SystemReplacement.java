package org.os2j.runtime.jdk;

import org.os2j.runtime.ArrayCopy;
import org.os2j.runtime.IdentityHashCodes;

import java.io.PrintStream;
import org.os2j.runtime.annotation.ReplaceClass;
import org.os2j.runtime.platform.Platform;

/**
 * Stands in for {@code java.lang.System} until the JDK class itself compiles (scaffolding), on
 * every target (through platform/Platform): standard output (buffered) and standard error (unbuffered) as {@code PrintStream}s,
 * {@code exit}, the two clocks and the line separator. {@code exit} flushes both streams; there
 * are no shutdown hooks. Missing: {@code in},
 * properties, environment, {@code setOut}/{@code setErr}. Only runs compiled by os2j.
 */
@ReplaceClass(System.class)
public final class SystemReplacement {
    private static final int STANDARD_OUTPUT = 1;
    private static final int STANDARD_ERROR = 2;

    public static final PrintStream out;
    public static final PrintStream err;

    static {
        out = (PrintStream) (Object) new PrintStreamReplacement(STANDARD_OUTPUT, true);
        err = (PrintStream) (Object) new PrintStreamReplacement(STANDARD_ERROR, false);
    }

    private SystemReplacement() {
    }

    /** Flushes {@link #out} and {@link #err}, then ends the process with {@code status}; never returns. */
    public static void exit(int status) {
        out.flush();
        err.flush();
        Platform.exit(status);
    }

    public static long currentTimeMillis() {
        return Platform.currentTimeMillis();
    }

    public static long nanoTime() {
        return Platform.nanoTime();
    }

    /** System.arraycopy (a native in the JDK). */
    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }

    /** The identity hash code (a native in the JDK). */
    public static int identityHashCode(Object x) {
        return x == null ? 0 : IdentityHashCodes.of(x);
    }

    /** There is no security manager (JDK 17 deprecates it; os2j never installs one). */
    public static SecurityManager getSecurityManager() {
        return null;
    }

    public static String lineSeparator() {
        return "\n";
    }
}
