package org.os2j.runtime.unwind;

import org.os2j.runtime.CallSiteLayout;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.linux.LinuxSystemCalls;

/**
 * StackOverflowError without signals: every compiled method that calls others compares RSP with
 * the limit in {@code os2j.stackLimit} after building its frame, and calls {@link #raise} below it
 * (as Go's stack checks do). The limit leaves {@link #RESERVE} bytes of the stack for handling:
 * {@link #raise} lowers the limit into that reserve while the error is created and unwound, and
 * the unwinder restores it when a handler takes over ({@link #restore}). A second overflow while
 * handling one is fatal.
 *
 * <p>The stack is the main thread's: its size is the process's stack limit (getrlimit), capped at
 * {@link #MAXIMUM_STACK}, measured from the frame of the start routine.
 */
public final class StackOverflows {
    /** Bytes of stack kept back for creating, unwinding and reporting a StackOverflowError. */
    static final long RESERVE = 256 * 1024;
    /** The part of the reserve that handling itself may not use. */
    static final long LAST_RESORT = 8 * 1024;
    static final long MAXIMUM_STACK = 1L << 30;
    private static final long RLIMIT_STACK = 3;

    /** The limit in force before {@link #raise} lowered it; 0 when not handling an overflow. */
    private static long normalLimit;
    /** The bytes below the limit kept for handling (RESERVE, or less on a small stack). */
    private static long reserve;

    private StackOverflows() {
    }

    /** Sets the limit for the main thread; call first thing at start-up, from the outermost Java frame. */
    public static void install(long top) {
        long[] limits = new long[2];
        long result = LinuxSystemCalls.syscall(LinuxSystemCalls.GETRLIMIT, RLIMIT_STACK, Magic.arrayElements(limits),
                0, 0, 0, 0);
        long size = result != 0 || limits[0] <= 0 || limits[0] > MAXIMUM_STACK ? 8L << 20 : limits[0];
        // A small stack (ulimit -s) keeps a quarter of itself back rather than the whole reserve.
        reserve = Math.min(RESERVE, size / 4);
        Memory.storeLong(Magic.symbol(CallSiteLayout.STACK_LIMIT), top - size + reserve);
    }

    /** Called by a method whose frame crossed the limit: throws StackOverflowError. */
    public static void raise() {
        long limit = Magic.symbol(CallSiteLayout.STACK_LIMIT);
        if (normalLimit != 0) {
            throw new InternalError("stack overflow while handling a stack overflow");
        }
        normalLimit = Memory.loadLong(limit);
        Memory.storeLong(limit, normalLimit - reserve + LAST_RESORT);
        throw new StackOverflowError();
    }

    /** Restores the limit once a handler has caught the error (the unwinder calls this before resuming). */
    static void restore() {
        if (normalLimit != 0) {
            Memory.storeLong(Magic.symbol(CallSiteLayout.STACK_LIMIT), normalLimit);
            normalLimit = 0;
        }
    }
}
