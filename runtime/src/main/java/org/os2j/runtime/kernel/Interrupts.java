package org.os2j.runtime.kernel;

import org.os2j.runtime.InterruptFrameLayout;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.report.UncaughtException;

/**
 * Interrupts on the kernel target. The compiler generates the 256 entries
 * (backend/InterruptEntries), which save every register and call {@link #dispatch}; the kernel
 * points its IDT at {@link #entry} and installs its {@link InterruptHandler}. An exception
 * escaping the handler must not unwind into the interrupted code, so it ends the kernel here.
 */
public final class Interrupts {
    private static InterruptHandler handler;

    private Interrupts() {
    }

    /** Makes {@code newHandler} receive every interrupt from now on. */
    public static void install(InterruptHandler newHandler) {
        handler = newHandler;
    }

    /** The address of the entry for {@code vector}, for its IDT gate. */
    public static long entry(int vector) {
        return Magic.symbol(InterruptFrameLayout.ENTRIES) + (long) vector * InterruptFrameLayout.ENTRY_SPACING;
    }

    /** Called by every entry with the saved frame; returning resumes the interrupted code. */
    public static void dispatch(long frame) {
        try {
            if (handler == null) {
                Serial.print("os2j kernel: interrupt before the kernel installed a handler\n");
                DebugExit.exit(3);
            }
            handler.handle(frame);
        } catch (Throwable problem) {
            Serial.print("os2j kernel: exception in an interrupt handler\n");
            UncaughtException.uncaught(problem);
        }
    }
}
