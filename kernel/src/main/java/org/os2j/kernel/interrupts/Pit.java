package org.os2j.kernel.interrupts;

import org.os2j.runtime.annotation.NoAllocation;
import org.os2j.runtime.intrinsic.Ports;
import org.os2j.runtime.kernel.KernelClock;

/**
 * The 8254 programmable interval timer, channel 0 in mode 2 (rate generator) at about 1 kHz: its
 * 1.193182 MHz input divided by {@link #DIVISOR} (1000.15 Hz). Each tick on IRQ 0 advances the
 * monotonic clock (runtime KernelClock), which System.nanoTime reads.
 */
public final class Pit {
    public static final int IRQ = 0;
    /** 1193182 Hz / 1193 = 1000.15 Hz. */
    public static final int DIVISOR = 1193;
    private static final int CHANNEL_0 = 0x40;
    private static final int COMMAND = 0x43;
    /** Channel 0, low byte then high byte, mode 2, binary. */
    private static final int CHANNEL_0_RATE_GENERATOR = 0x34;

    private Pit() {
    }

    public static void initialize() {
        Ports.out8(COMMAND, CHANNEL_0_RATE_GENERATOR);
        Ports.out8(CHANNEL_0, DIVISOR & 0xFF);
        Ports.out8(CHANNEL_0, DIVISOR >>> 8);
        KernelClock.start(DIVISOR);
    }

    /** The IRQ 0 handler's work: one tick. */
    @NoAllocation
    static void tick() {
        KernelClock.tick();
    }
}
