package org.os2j.runtime.unwind;

import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.report.UncaughtException;

/**
 * Table-driven exception unwinding: nothing runs on the path that does not throw. A throw walks
 * the frames from its own up through the chain of saved frame pointers (backend/FrameLayout: the
 * caller's RBP at [RBP], the return address at [RBP + 8]); the first return address whose call
 * site has a landing pad ({@link CallSites}) is where control continues, in that caller's frame,
 * with the exception in {@link #pending}. The landing pad resets RSP from RBP, reloads the values
 * its method keeps across the call, and runs the method's dispatch code (catch-type tests in
 * table order, JVMS 2.10), which rethrows when no handler matches. At the outermost frame (saved
 * RBP 0, set by _start) the exception is uncaught.
 */
public final class Unwinder {
    /** The exception travelling to a landing pad; taken by the dispatch code's catch. */
    private static Throwable pending;

    private Unwinder() {
    }

    /** athrow: never returns. */
    public static void throwException(Throwable exception) {
        long frame = Magic.framePointer();
        while (frame != 0) {
            long callerFrame = Memory.loadLong(frame);
            long entry = CallSites.find(Memory.loadLong(frame + 8));
            long landingPad = entry == 0 ? 0 : CallSites.landingPad(entry);
            if (landingPad != 0) {
                pending = exception;
                Magic.resume(callerFrame, landingPad);
            }
            frame = callerFrame;
        }
        UncaughtException.uncaught(exception);
    }

    /** The exception a landing pad receives (the IR's catch). */
    public static Throwable takePending() {
        StackOverflows.restore(); // Closes the yellow zone an overflow opened, once clear of it.
        Throwable exception = pending;
        pending = null;
        return exception;
    }
}
