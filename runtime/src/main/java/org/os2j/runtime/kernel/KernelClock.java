package org.os2j.runtime.kernel;

import org.os2j.runtime.annotation.NoAllocation;
/**
 * The kernel's monotonic clock: ticks of the programmable interval timer, counted by the kernel's
 * IRQ 0 handler, turned into nanoseconds for System.nanoTime. Before the kernel starts the timer
 * there is no clock, and nanoTime says so.
 */
public final class KernelClock {
    /** The 8254 timer's input clock. */
    private static final long TIMER_HERTZ = 1193182;
    private static final long NANOSECONDS = 1_000_000_000L;

    /** Ticks since start; written only by the IRQ 0 handler (an aligned 64-bit store: atomic). */
    private static long ticks;
    /** The timer's divisor; 0 until started. */
    private static long divisor;
    /** The wall-clock time when the kernel read the RTC, and the monotonic time then; wallClockSet says whether it did. */
    private static long wallClockBase;
    private static long wallClockNanos;
    private static boolean wallClockSet;

    private KernelClock() {
    }

    /** Called when the timer is programmed to tick every {@code timerDivisor} input cycles. */
    public static void start(int timerDivisor) {
        divisor = timerDivisor;
    }

    /** One timer interrupt (called from the interrupt handler; does not allocate). */
    @NoAllocation
    public static void tick() {
        ticks++;
    }

    /** The kernel read the real-time clock: {@code epochMillis} is now. */
    public static void startWallClock(long epochMillis) {
        wallClockBase = epochMillis;
        wallClockNanos = isRunning() ? nanoTime() : 0;
        wallClockSet = true;
    }

    public static boolean hasWallClock() {
        return wallClockSet;
    }

    /** Milliseconds since the epoch: the RTC's reading at boot plus the PIT's elapsed time. */
    public static long currentTimeMillis() {
        return wallClockBase + (nanoTime() - wallClockNanos) / 1_000_000;
    }

    public static boolean isRunning() {
        return divisor != 0;
    }

    public static long ticks() {
        return ticks;
    }

    /** Nanoseconds since the timer started, exact to the tick (no overflow for 290 years). */
    public static long nanoTime() {
        long cycles = ticks * divisor;
        return cycles / TIMER_HERTZ * NANOSECONDS + cycles % TIMER_HERTZ * NANOSECONDS / TIMER_HERTZ;
    }
}
