package org.os2j.runtime.unwind;

import org.os2j.runtime.platform.Platform;

/**
 * StackOverflowError from a guard zone (runtime StackLayout): compiled methods probe the stack
 * below their frame at entry; a probe that faults in the yellow zone resumes here, as if the
 * method had called {@link #raise} at the probe (linux/LinuxStack on the linux target), with the yellow zone open as
 * the stack for creating and unwinding the error. Nothing runs on the path that does not
 * overflow except the probe itself, one load.
 */
public final class StackOverflows {
    private StackOverflows() {
    }

    /** Where a faulting probe resumes: throws StackOverflowError. */
    public static void raise() {
        throw new StackOverflowError();
    }

    /** Called as a handler takes an exception: closes the yellow zone again if it was opened. */
    static void restore() {
        Platform.reguardStack();
    }
}
