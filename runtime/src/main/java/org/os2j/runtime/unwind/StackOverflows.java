package org.os2j.runtime.unwind;

import org.os2j.runtime.StackLayout;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;
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

    /** Whether the instruction at {@code address} is a stack probe (StackLayout: its encoding). */
    public static boolean isProbe(long address) {
        return (Memory.loadInt(address) & 0xFFFFFF) == StackLayout.PROBE_PREFIX;
    }

    /**
     * For a fault handler resuming an interrupted context in {@link #raise} as if the probe at
     * {@code probe} had called it: pushes the probe's end (its pseudo call site) below
     * {@code stackPointer} and returns the new stack pointer; the context's instruction pointer
     * becomes {@link #raiseAddress}.
     */
    public static long pushProbeReturn(long stackPointer, long probe) {
        long pushed = stackPointer - 8;
        Memory.storeLong(pushed, probe + StackLayout.PROBE_LENGTH);
        return pushed;
    }

    public static long raiseAddress() {
        return Magic.symbol("org.os2j.runtime.unwind.StackOverflows.raise()V");
    }

    /**
     * Whether the caller's stack is clear of a yellow zone ending at {@code zoneEnd}, so the zone
     * can be closed: this frame, a few above any frame that did not probe, lies above it.
     */
    public static boolean isClearOf(long zoneEnd) {
        return Magic.framePointer() - StackLayout.UNPROBED_FRAME_LIMIT >= zoneEnd;
    }

    /** Called as a handler takes an exception: closes the yellow zone again if it was opened. */
    static void restore() {
        Platform.reguardStack();
    }
}
