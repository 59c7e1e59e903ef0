package org.os2j.runtime.kernel;

import org.os2j.runtime.KernelLayout;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.report.UncaughtException;

/**
 * The kernel heap's memory source until the physical frame allocator exists: a bump over the
 * directly mapped memory above the image and the boot structures (BootInformation), zeroed as
 * the allocator requires. Never gives memory back.
 */
public final class KernelMemory {
    /** Kernel (higher-half) addresses; start <= next <= end, all page-aligned. */
    private static long start;
    private static long next;
    private static long end;

    private KernelMemory() {
    }

    static void initialize(long physicalStart, long physicalEnd) {
        start = KernelLayout.virtual(physicalStart);
        next = start;
        end = KernelLayout.virtual(Math.max(physicalStart, physicalEnd));
    }

    /** Bytes given out so far. */
    public static long used() {
        return next - start;
    }

    /** Bytes still available. */
    public static long available() {
        return end - next;
    }

    /** {@code bytes} (a multiple of 4 KiB) of zeroed memory; ends the kernel when there is no more. */
    public static long map(long bytes) {
        if (bytes > end - next) {
            UncaughtException.report("java.lang.OutOfMemoryError", "the kernel's memory is exhausted");
        }
        long address = next;
        next += bytes;
        for (long word = address; word < address + bytes; word += 8) {
            Memory.storeLong(word, 0);
        }
        return address;
    }
}
