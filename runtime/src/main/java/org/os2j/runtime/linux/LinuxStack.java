package org.os2j.runtime.linux;

import org.os2j.runtime.StackLayout;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.Utf8;
import org.os2j.runtime.unwind.StackOverflows;

/**
 * The main thread's stack and its guard zones on Linux (layout in {@link StackLayout}).
 *
 * <p>Java runs on a stack of its own rather than the process's: the kernel grows the process
 * stack on demand and keeps a gap (stack_guard_gap, 1 MiB by default) between it and any mapping
 * below, so a guard zone placed there could never be opened for the handler to run in. So
 * {@code _start} calls {@link #create} on the process stack, which maps a stack of the process's
 * stack size limit (getrlimit; 8 MiB when unlimited, at most 1 GiB) with MAP_NORESERVE (pages cost
 * memory only once touched) and protects its yellow and red zones, then switches to it.
 *
 * <p>A probe that faults in the closed yellow zone reaches {@link #redirectOverflow} through the
 * SIGSEGV handler, which runs on an alternate signal stack (sigaltstack(2)) since the faulting
 * stack has no room. It opens the yellow zone and edits the saved context so that, when the
 * handler returns, the method resumes as if its probe had been a call to
 * unwind/StackOverflows.raise (whose return address is the probe's pseudo call site). Once a
 * handler has caught the error higher up the stack, {@link #reguard} closes the zone again.
 */
public final class LinuxStack {
    private static final int MPROTECT = 10;
    private static final int SIGALTSTACK = 131;
    private static final long PROT_NONE = 0;
    private static final long PROT_READ_WRITE = 0x1 | 0x2;
    /** MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK. */
    private static final long MAP_STACK_FLAGS = 0x02 | 0x20 | 0x4000 | 0x20000;
    private static final long RLIMIT_STACK = 3;
    private static final long PAGE = 4096;
    private static final long DEFAULT_SIZE = 8L << 20;
    private static final long MAXIMUM_SIZE = 1L << 30;
    /** The alternate signal stack: room for the fault handlers above a red zone of their own. */
    private static final long SIGNAL_STACK_SIZE = 128 * 1024;

    /** Invariant: yellowStart < yellowEnd, both page-aligned; 0 before {@link #create}. */
    private static long yellowStart;
    private static long yellowEnd;
    /** The red zone's lowest address. */
    private static long redStart;
    /** Whether an overflow is being handled (the yellow zone accessible). */
    private static boolean yellowOpen;

    private LinuxStack() {
    }

    /**
     * Records the environment of the process whose initial stack is at {@code initialStack} (argc,
     * argv, then envp: the heap reads its settings there at the first allocation, which
     * {@link #stackSize} makes), then maps the main thread's stack with its guard zones; returns its
     * top (16-byte aligned).
     */
    public static long create(long initialStack) {
        LinuxEnvironment.recordEnvironment(initialStack + 8 * (Memory.loadLong(initialStack) + 2));
        long size = stackSize();
        // A small stack (ulimit -s) keeps a quarter of itself for handling rather than the whole zone.
        long yellow = Math.min(StackLayout.YELLOW_ZONE, size / 4 / PAGE * PAGE);
        long base = mapGuarded(StackLayout.RED_ZONE + yellow + size);
        redStart = base;
        yellowStart = base + StackLayout.RED_ZONE;
        yellowEnd = yellowStart + yellow;
        protect(yellowStart, yellow, PROT_NONE);
        return yellowEnd + size;
    }

    /** Gives signal handlers a stack of their own; call once at start-up, before installing them. */
    public static void installSignalStack() {
        long base = mapGuarded(StackLayout.RED_ZONE + SIGNAL_STACK_SIZE);
        long[] stack = {base + StackLayout.RED_ZONE, 0, SIGNAL_STACK_SIZE}; // stack_t: ss_sp, ss_flags, ss_size
        LinuxSystemCalls.syscall(SIGALTSTACK, Magic.arrayElements(stack), 0, 0, 0, 0, 0);
    }

    /**
     * Called by the SIGSEGV handler: when a probe faulted in the closed yellow zone, opens it,
     * makes {@code context} resume in StackOverflows.raise and returns true; otherwise false.
     */
    static boolean redirectOverflow(long information, long context) {
        long address = SignalContext.faultAddress(information);
        if (yellowOpen || address < yellowStart || address >= yellowEnd) {
            return false;
        }
        long instruction = SignalContext.instructionPointer(context);
        if (!StackOverflows.isProbe(instruction)) {
            return false;
        }
        protect(yellowStart, yellowEnd - yellowStart, PROT_READ_WRITE);
        yellowOpen = true;
        SignalContext.setStackPointer(context,
                StackOverflows.pushProbeReturn(SignalContext.stackPointer(context), instruction));
        SignalContext.setInstructionPointer(context, StackOverflows.raiseAddress());
        return true;
    }

    /** Whether a fault at {@code address} is in the red zone: an overflow while handling one. */
    static boolean isInRedZone(long address) {
        return address >= redStart && address < yellowStart;
    }

    /**
     * Closes the yellow zone after an overflow, once the caller's stack is clear of it (a handler
     * deep in the stack leaves it open for a handler further up). Called at a handler's entry: a
     * method whose probe passed is PROBE_DISTANCE above the zone, and the few frames to here (none
     * larger than UNPROBED_FRAME_LIMIT) keep this frame clear of it too.
     */
    public static void reguard() {
        if (yellowOpen && StackOverflows.isClearOf(yellowEnd)) {
            protect(yellowStart, yellowEnd - yellowStart, PROT_NONE);
            yellowOpen = false;
        }
    }

    private static long stackSize() {
        long[] limits = new long[2];
        long result = LinuxSystemCalls.syscall(LinuxSystemCalls.GETRLIMIT, RLIMIT_STACK, Magic.arrayElements(limits),
                0, 0, 0, 0);
        long size = result != 0 || limits[0] <= 0 || limits[0] > MAXIMUM_SIZE ? DEFAULT_SIZE : limits[0];
        return Math.max(size / PAGE * PAGE, 16 * PAGE);
    }

    /** Maps {@code bytes} of stack whose lowest RED_ZONE bytes are never accessible. */
    private static long mapGuarded(long bytes) {
        long base = LinuxSystemCalls.syscall(LinuxSystemCalls.MMAP, 0, bytes, PROT_READ_WRITE, MAP_STACK_FLAGS, -1, 0);
        if (base < 0 && base > -PAGE) {
            fail("os2j: cannot map the stack\n");
        }
        protect(base, StackLayout.RED_ZONE, PROT_NONE);
        return base;
    }

    private static void protect(long address, long bytes, long protection) {
        if (LinuxSystemCalls.syscall(MPROTECT, address, bytes, protection, 0, 0, 0) != 0) {
            fail("os2j: cannot protect the stack's guard zone\n");
        }
    }

    private static void fail(String message) {
        byte[] bytes = Utf8.encode(message);
        LinuxConsole.write(2, bytes, 0, bytes.length);
        LinuxProcess.exit(134);
    }
}
