package org.os2j.runtime.intrinsic;

import org.os2j.runtime.annotation.Intrinsic;

/**
 * Processor instructions for the kernel, expanded inline by the compiler. The bodies here run on
 * HotSpot (kernel code in JUnit) against a simulated processor.
 */
public final class Cpu {
    /** The simulated time-stamp counter: advances by one per read on the host. */
    private static long simulatedTimeStamp;

    private Cpu() {
    }

    /**
     * RDTSC (Intel SDM Vol. 2B): the time-stamp counter, EDX:EAX as one long. Under QEMU with
     * {@code -icount shift=0} it counts guest instructions (plus idle time skipped while halted).
     */
    @Intrinsic
    public static long readTimeStampCounter() {
        return ++simulatedTimeStamp;
    }
}
