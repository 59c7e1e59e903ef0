package org.os2j.runtime.linux;

import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.Utf8;
import org.os2j.runtime.unwind.CallSites;

/**
 * Fault signals. A SIGSEGV from a stack probe in the yellow zone is a stack overflow and becomes a
 * StackOverflowError ({@link LinuxStack}); every other fault is the last way out: a fault that compiled Java cannot cause by itself (a bug in os2j, or a raw
 * memory intrinsic misused) reaches a handler for SIGSEGV, SIGBUS, SIGFPE and SIGILL that flushes
 * {@code System.out}, so no output already written is lost, reports the signal, the faulting
 * address and the Java frames on the stack, and exits with status 134 (as HotSpot's fatal-error
 * path does). A fault while reporting exits at once.
 */
public final class LinuxCrashes {
    private static final int[] SIGNALS = {4, 7, 8, 11};
    private static final long SA_SIGINFO = 4;
    private static final long SA_RESTORER = 0x04000000;
    private static final long SA_ONSTACK = 0x08000000;
    private static final int SIGSEGV = 11;
    private static final int FATAL_STATUS = 134;

    private static boolean reporting;

    private LinuxCrashes() {
    }

    /** Installs {@link #fatal} for the fault signals, on a stack of its own; call once at start-up. */
    public static void install() {
        LinuxStack.installSignalStack();
        long[] action = new long[4]; // struct kernel_sigaction: handler, flags, restorer, mask
        action[0] = Magic.symbol("org.os2j.runtime.linux.LinuxCrashes.fatal(JJJ)V");
        action[1] = SA_SIGINFO | SA_RESTORER | SA_ONSTACK;
        action[2] = Magic.symbol("os2j.signalReturn");
        for (int signal : SIGNALS) {
            LinuxSystemCalls.syscall(LinuxProcess.RT_SIGACTION, signal, Magic.arrayElements(action), 0, 8, 0, 0);
        }
    }

    /**
     * The signal handler (the kernel calls it with the System V convention, which os2j's matches);
     * returns (to os2j.signalReturn, which calls rt_sigreturn) only for a stack overflow.
     */
    public static void fatal(long signal, long information, long context) {
        if (signal == SIGSEGV && LinuxStack.redirectOverflow(information, context)) {
            return;
        }
        if (reporting) {
            LinuxProcess.exit(FATAL_STATUS);
        }
        reporting = true;
        System.out.flush();
        long address = SignalContext.faultAddress(information);
        StringBuilder text = new StringBuilder("os2j: fatal error: ");
        if (signal == SIGSEGV && LinuxStack.isInRedZone(address)) {
            text.append("stack overflow while handling a StackOverflowError (red zone reached at 0x")
                    .append(Long.toHexString(address)).append(")\n");
        } else {
            text.append("signal ").append(signal).append(" (").append(name((int) signal)).append(") at address 0x")
                    .append(Long.toHexString(address)).append('\n');
        }
        // The faulting method (no line: its instruction is not a call site), then its callers.
        long method = CallSites.methodContaining(SignalContext.instructionPointer(context));
        if (method != 0) {
            text.append("\tat ").append(CallSites.describeMethod(method)).append('\n');
        }
        for (StackTraceElement frame : new Throwable().getStackTrace()) {
            text.append("\tat ").append(frame).append('\n');
        }
        byte[] bytes = Utf8.encode(text.toString());
        LinuxConsole.write(2, bytes, 0, bytes.length);
        LinuxProcess.exit(FATAL_STATUS);
    }

    private static String name(int signal) {
        return switch (signal) {
            case 4 -> "SIGILL";
            case 7 -> "SIGBUS";
            case 8 -> "SIGFPE";
            default -> "SIGSEGV";
        };
    }
}
