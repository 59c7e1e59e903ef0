package org.os2j.runtime.substitutions;

import java.io.InputStream;
import java.io.PrintStream;
import org.os2j.runtime.ArrayCopy;
import org.os2j.runtime.IdentityHashCodes;
import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.platform.Platform;

/**
 * java.lang.System's natives, and the entry to its start-up: HotSpot calls System.initPhase1 as the
 * VM boots; os2j's start routines call {@link #startUp} before main.
 */
@TargetClass(System.class)
public final class SystemSubstitutions {
    @Alias
    public static InputStream in;
    @Alias
    public static PrintStream out;
    @Alias
    public static PrintStream err;

    private SystemSubstitutions() {
    }

    /** The JDK's phase-1 initialization: properties, the standard streams, the main thread's group. */
    @Alias
    private static void initPhase1() {
    }

    /** Runs System.initPhase1 (the first thing a target's start routine does, as HotSpot's boot). */
    public static void startUp() {
        initPhase1();
    }

    /** Native: registers System's natives; os2j binds them at compile time. */
    @Substitute
    private static void registerNatives() {
    }

    /** Native: stores the final field System.in. */
    @Substitute
    private static void setIn0(InputStream stream) {
        in = stream;
    }

    /** Native: stores the final field System.out. */
    @Substitute
    private static void setOut0(PrintStream stream) {
        out = stream;
    }

    /** Native: stores the final field System.err. */
    @Substitute
    private static void setErr0(PrintStream stream) {
        err = stream;
    }

    /**
     * No security manager is ever installed (os2j has no permission checks): the constant null,
     * which the compiler folds, so the checks behind {@code if (sm != null)} are not compiled.
     */
    @Substitute
    public static SecurityManager getSecurityManager() {
        return null;
    }

    /** Installing a security manager: not supported (JDK 17 deprecates it for removal). */
    @Substitute
    public static void setSecurityManager(SecurityManager manager) {
        throw new UnsupportedOperationException("The Security Manager is deprecated and will be removed in a future release");
    }

    /** Native: the platform's clock. */
    @Substitute
    public static long currentTimeMillis() {
        return Platform.currentTimeMillis();
    }

    /** Native: the platform's monotonic clock. */
    @Substitute
    public static long nanoTime() {
        return Platform.nanoTime();
    }

    /** Native: runtime/ArrayCopy, with HotSpot's messages. */
    @Substitute
    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }

    /** Native: the identity hash kept in the header word (runtime/IdentityHashCodes). */
    @Substitute
    public static int identityHashCode(Object x) {
        return x == null ? 0 : IdentityHashCodes.of(x);
    }
}
