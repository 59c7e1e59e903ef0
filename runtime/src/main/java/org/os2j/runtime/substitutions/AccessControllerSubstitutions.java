package org.os2j.runtime.substitutions;

import java.security.AccessControlContext;
import java.security.AccessController;
import java.security.PrivilegedAction;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** java.security.AccessController's natives: os2j never has a security manager to consult them. */
@TargetClass(AccessController.class)
final class AccessControllerSubstitutions {
    /** Native: keeps an object alive for HotSpot's stack walk of privileged frames; there is no such walk. */
    @Substitute
    private static void ensureMaterializedForStackWalk(Object o) {
    }

    /**
     * Runs the action with the caller's privileges marked (found from the caller's class on the
     * stack, caller-sensitive): with no security manager nothing checks them, so this is the action.
     */
    @Substitute
    public static <T> T doPrivileged(PrivilegedAction<T> action) {
        return action.run();
    }

    /** As doPrivileged(PrivilegedAction); the context only matters to a security manager. */
    @Substitute
    public static <T> T doPrivileged(PrivilegedAction<T> action, AccessControlContext context) {
        return action.run();
    }

    /** As doPrivileged(PrivilegedAction); a checked exception comes wrapped, as in the JDK. */
    @Substitute
    public static <T> T doPrivileged(PrivilegedExceptionAction<T> action) throws PrivilegedActionException {
        return runWrapped(action);
    }

    /** As doPrivileged(PrivilegedExceptionAction). */
    @Substitute
    public static <T> T doPrivileged(PrivilegedExceptionAction<T> action, AccessControlContext context)
            throws PrivilegedActionException {
        return runWrapped(action);
    }

    private static <T> T runWrapped(PrivilegedExceptionAction<T> action) throws PrivilegedActionException {
        try {
            return action.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new PrivilegedActionException(e);
        }
    }
}
