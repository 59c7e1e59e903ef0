package org.os2j.runtime.linux;

import org.os2j.runtime.intrinsic.Magic;

/**
 * Process-wide Linux operations: ending the process, and the signal disposition HotSpot sets up.
 * Declares the system-call numbers it needs that {@link LinuxSystemCalls} does not.
 */
public final class LinuxProcess {
    /** {@code rt_sigaction(2)} on x86-64. */
    public static final int RT_SIGACTION = 13;
    private static final int SIGPIPE = 13;
    private static final long SIG_IGN = 1;
    /** The size of the kernel's signal set on x86-64, in bytes. */
    private static final long SIGNAL_SET_SIZE = 8;

    private LinuxProcess() {
    }

    /** Ends every thread of the process with {@code status} ({@code exit_group(2)}); never returns. */
    public static void exit(int status) {
        LinuxSystemCalls.syscall(LinuxSystemCalls.EXIT_GROUP, status, 0, 0, 0, 0, 0);
        while (true) {
            // exit_group does not return; this tells the compiler control does not fall through.
        }
    }

    /**
     * Ignores SIGPIPE, as HotSpot does, so writing to a closed pipe fails with EPIPE (and
     * {@code PrintStream} records the trouble) instead of killing the process.
     */
    public static void ignoreBrokenPipe() {
        // struct kernel_sigaction on x86-64: handler, flags, restorer, mask (8 bytes each).
        long[] action = new long[4];
        action[0] = SIG_IGN;
        LinuxSystemCalls.syscall(RT_SIGACTION, SIGPIPE, Magic.arrayElements(action), 0, SIGNAL_SET_SIZE, 0, 0);
    }
}
