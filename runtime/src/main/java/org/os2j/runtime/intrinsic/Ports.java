package org.os2j.runtime.intrinsic;

import org.os2j.runtime.annotation.Intrinsic;

/**
 * x86 port I/O (IN and OUT, Intel SDM Vol. 2A/2B), expanded inline by the compiler. The bodies
 * here run on HotSpot, against {@link SimulatedPorts}, so device drivers also run in JUnit.
 */
public final class Ports {
    private Ports() {
    }

    /** Reads a byte from {@code port} (0-65535), zero-extended. */
    @Intrinsic
    public static int in8(int port) {
        return SimulatedPorts.read(port) & 0xFF;
    }

    /** Writes the low byte of {@code value} to {@code port} (0-65535). */
    @Intrinsic
    public static void out8(int port, int value) {
        SimulatedPorts.write(port, value & 0xFF);
    }
}
