package org.os2j.runtime.kernel;

import org.os2j.runtime.intrinsic.Cpu;
import org.os2j.runtime.intrinsic.Ports;

/**
 * Ends the kernel under QEMU through the isa-debug-exit device at port 0xF4 (which
 * {@code scripts/os2j boot} always attaches): writing v makes QEMU exit with status 2v + 1, which
 * the boot script turns back into v. Without the device the processor halts here.
 */
public final class DebugExit {
    private static final int PORT = 0xF4;

    private DebugExit() {
    }

    public static void exit(int status) {
        Ports.out8(PORT, status);
        while (true) {
            Cpu.disableInterrupts(); // No isa-debug-exit device: stop here.
            Cpu.halt();
        }
    }
}
