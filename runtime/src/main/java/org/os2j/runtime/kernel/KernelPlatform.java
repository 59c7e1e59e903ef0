package org.os2j.runtime.kernel;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.platform.Platform;

/** The kernel target's platform layer (substitutions.kernel): serial console and VGA mirror, memory, QEMU exit, the PIT clock. */
@TargetClass(Platform.class)
final class KernelPlatform {
    /** Standard output and error both go to the serial console, mirrored on the VGA text screen. */
    @Substitute
    public static boolean write(int fileDescriptor, byte[] bytes, int offset, int length) {
        Serial.write(bytes, offset, length);
        VgaText.write(bytes, offset, length);
        return true;
    }

    /** There is no standard input yet: end of input at once. */
    @Substitute
    public static int read(int fileDescriptor, byte[] bytes, int offset, int length) {
        return 0;
    }

    /** The serial console is not a terminal the kernel asks about. */
    @Substitute
    public static boolean isTerminal(int fileDescriptor) {
        return false;
    }

    /** The console is a stream: appending means nothing. */
    @Substitute
    public static boolean isAppending(int fileDescriptor) {
        return false;
    }

    /** The kernel has no environment. */
    @Substitute
    public static byte[][] environment() {
        return new byte[0][];
    }

    /** The kernel has no file system yet: the root. */
    @Substitute
    public static byte[] workingDirectory() {
        return new byte[] {'/'};
    }

    /** The kernel names itself. */
    @Substitute
    public static byte[] systemRelease() {
        return new byte[] {'o', 's', '2', 'j'};
    }

    /** One processor: the kernel does not start the others. */
    @Substitute
    public static int availableProcessors() {
        return 1;
    }

    /** Memory above the image, until the frame allocator exists. */
    @Substitute
    public static long mapMemory(long bytes) {
        return KernelMemory.map(bytes);
    }

    /** The kernel's heap is not collected yet: it takes frames through mapMemory. */
    @Substitute
    public static long reserveMemory(long bytes) {
        return 0;
    }

    @Substitute
    public static void releaseMemory(long address, long bytes) {
    }

    @Substitute
    public static long physicalMemory() {
        return 0;
    }

    /** The kernel has no environment. */
    @Substitute
    public static long environmentValue(String name) {
        return 0;
    }

    /** Under QEMU, isa-debug-exit carries the status out. */
    @Substitute
    public static void exit(int status) {
        DebugExit.exit(status);
    }

    /** The RTC's reading at boot plus the PIT's ticks, once the kernel has read the RTC. */
    @Substitute
    public static long currentTimeMillis() {
        if (!KernelClock.hasWallClock() || !KernelClock.isRunning()) {
            throw new UnsupportedOperationException("System.currentTimeMillis: the kernel's clocks are not running yet");
        }
        return KernelClock.currentTimeMillis();
    }

    /** The PIT's ticks, once the kernel has started the timer. */
    @Substitute
    public static long nanoTime() {
        if (!KernelClock.isRunning()) {
            throw new UnsupportedOperationException("System.nanoTime: the kernel's timer is not running yet");
        }
        return KernelClock.nanoTime();
    }

    /** An uncaught Throwable ends the kernel: the report starts with the panic banner. */
    @Substitute
    public static String fatalBanner() {
        return "\n*** os2j kernel panic ***\n";
    }

    /** The kernel's yellow zone, once its page tables made one (kernel mm/KernelStackGuard). */
    @Substitute
    public static void reguardStack() {
        StackGuard.reguardInstalled();
    }
}
