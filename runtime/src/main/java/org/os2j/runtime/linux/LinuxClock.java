package org.os2j.runtime.linux;

import org.os2j.runtime.intrinsic.Magic;

/**
 * Wall-clock and monotonic time through {@code clock_gettime(2)}, for
 * {@code System.currentTimeMillis} and {@code System.nanoTime}. Declares the system-call number
 * {@link LinuxSystemCalls} does not. Uses one shared buffer: single-threaded.
 */
public final class LinuxClock {
    /** {@code clock_gettime(2)} on x86-64. */
    public static final int CLOCK_GETTIME = 228;
    private static final int CLOCK_REALTIME = 0;
    private static final int CLOCK_MONOTONIC = 1;

    /** A {@code struct timespec}: seconds, nanoseconds. */
    private static final long[] TIME = new long[2];

    private LinuxClock() {
    }

    /** Milliseconds since the Unix epoch. */
    public static long currentTimeMillis() {
        read(CLOCK_REALTIME);
        return TIME[0] * 1000 + TIME[1] / 1000000;
    }

    /** Nanoseconds since an arbitrary fixed origin (CLOCK_MONOTONIC, as HotSpot's nanoTime). */
    public static long nanoTime() {
        read(CLOCK_MONOTONIC);
        return TIME[0] * 1000000000L + TIME[1];
    }

    private static void read(int clock) {
        LinuxSystemCalls.syscall(CLOCK_GETTIME, clock, Magic.arrayElements(TIME), 0, 0, 0, 0);
    }
}
