package org.os2j.kernel.arch;

import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.kernel.DebugExit;
import org.os2j.runtime.kernel.Serial;
import org.os2j.runtime.kernel.VgaText;

/**
 * The end of the kernel when something is fatal: a banner, the report, then the machine stops
 * (under QEMU, isa-debug-exit carries {@link #STATUS} out; elsewhere it halts). A second panic
 * while reporting stops at once, so a fault in the report cannot loop.
 */
public final class Panic {
    /** The kernel's exit status after a panic. */
    public static final int STATUS = 3;
    private static boolean stopping;

    private Panic() {
    }

    /** An explicit panic: the message and the backtrace of the caller. */
    public static void panic(String message) {
        StringBuilder report = new StringBuilder(message).append('\n');
        Backtrace.print(report, 0, 0, Magic.framePointer());
        stop(report.toString());
    }

    static void stop(String report) {
        if (!stopping) {
            stopping = true;
            System.out.flush();
            Serial.print("\n*** os2j kernel panic ***\n");
            Serial.print(report);
            VgaText.print("\n*** os2j kernel panic ***\n");
            VgaText.print(report);
        }
        DebugExit.exit(STATUS);
    }
}
