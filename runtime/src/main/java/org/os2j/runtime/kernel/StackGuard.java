package org.os2j.runtime.kernel;

/**
 * The kernel's stack guard, as the runtime sees it: the kernel installs one when its page tables
 * give the stack a yellow zone, and the runtime asks it to close the zone again once a handler
 * has caught a StackOverflowError (Platform.reguardStack).
 */
public abstract class StackGuard {
    private static StackGuard installed;

    /** From now on {@code guard} re-arms the kernel stack. */
    public static void install(StackGuard guard) {
        installed = guard;
    }

    /** Called as a handler takes an exception; does nothing before a guard is installed. */
    static void reguardInstalled() {
        if (installed != null) {
            installed.reguard();
        }
    }

    /** Closes the yellow zone if an overflow opened it and the caller's stack is clear of it. */
    protected abstract void reguard();
}
