package org.os2j.runtime.kernel;

import org.os2j.runtime.intrinsic.Ports;

/**
 * Ends the kernel under QEMU through the isa-debug-exit device at port 0xF4 (which
 * {@code scripts/os2j boot} always attaches): writing v makes QEMU exit with status 2v + 1, which
 * the boot script turns back into v. Without the device the processor spins here.
 */
public final class DebugExit {
    private static final int PORT = 0xF4;

    private DebugExit() {
    }

    public static void exit(int status) {
        Ports.out8(PORT, status);
        while (true) {
            // No isa-debug-exit device: nothing else to do.
        }
    }
}
