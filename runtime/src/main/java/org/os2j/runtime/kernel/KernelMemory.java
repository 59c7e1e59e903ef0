package org.os2j.runtime.kernel;

import org.os2j.runtime.KernelLayout;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.report.UncaughtException;

/**
 * Where the kernel's Java heap gets memory. At boot, a bump over the directly mapped memory above
 * the image and the boot structures (BootInformation), zeroed as the allocator requires; once the
 * kernel's memory manager is up, its {@link MemorySource} (frames). When the source has nothing,
 * the heap allocation that needed it fails with an OutOfMemoryError ("Java heap space", as
 * HotSpot), created in advance because creating it then would need the memory that is missing.
 */
public final class KernelMemory {
    /** Kernel (higher-half) addresses; start <= next <= end, all page-aligned. */
    private static MemorySource source;
    private static OutOfMemoryError outOfMemory;
    private static long start;
    /** Bytes given to the heap so far, from either source. */
    private static long heapBytes;
    private static long next;
    private static long end;

    private KernelMemory() {
    }

    static void initialize(long physicalStart, long physicalEnd) {
        start = KernelLayout.virtual(physicalStart);
        next = start;
        end = KernelLayout.virtual(Math.max(physicalStart, physicalEnd));
    }

    /** Bytes of the boot range given out so far. */
    public static long used() {
        return next - start;
    }

    /** Bytes given to the heap so far, from the boot range and the source. */
    public static long heapBytes() {
        return heapBytes;
    }

    /** Bytes still available. */
    public static long available() {
        return end - next;
    }

    /**
     * From now on the heap takes memory from {@code newSource}; the boot range not yet used is
     * returned by {@link #releaseBootRange} for the source to manage.
     */
    public static void useSource(MemorySource newSource) {
        outOfMemory = new OutOfMemoryError("Java heap space");
        source = newSource;
    }

    /** The physical start of the boot range still unused (the boot heap stops growing at {@link #useSource}). */
    public static long unusedBootStart() {
        return KernelLayout.physical(next);
    }

    /**
     * {@code bytes} (a multiple of 4 KiB) of zeroed memory; an OutOfMemoryError when the source has
     * none (before a source exists, the kernel ends with that report).
     */
    public static long map(long bytes) {
        if (source != null) {
            long address = source.map(bytes);
            if (address == 0) {
                throw outOfMemory;
            }
            heapBytes += bytes;
            return address;
        }
        if (bytes > end - next) {
            UncaughtException.report("java.lang.OutOfMemoryError", "the kernel's memory is exhausted");
        }
        long address = next;
        next += bytes;
        heapBytes += bytes;
        for (long word = address; word < address + bytes; word += 8) {
            Memory.storeLong(word, 0);
        }
        return address;
    }
}
