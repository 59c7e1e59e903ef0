package org.os2j.kernel.mm;

import org.os2j.runtime.KernelLayout;
import org.os2j.runtime.kernel.BootInformation;
import org.os2j.runtime.kernel.KernelMemory;
import org.os2j.runtime.kernel.MemorySource;

/**
 * Physical memory at boot: the frame allocator over the loader's memory map, minus everything
 * below the end of the boot heap (the first MiB, the image, the loader's structures, what the boot
 * heap already gave out and the allocator's own state, taken from it), up to the directly mapped
 * 1 GiB. From then on the Java heap takes its memory from frames ({@link FrameHeap}).
 */
public final class PhysicalMemory {
    private static FrameAllocator frames;
    private static int regions;
    private static long limit;

    private PhysicalMemory() {
    }

    public static void start() {
        limit = 0;
        for (int i = 0; i < BootInformation.memoryMapEntries(); i++) {
            if (BootInformation.memoryMapType(i) == BootInformation.AVAILABLE) {
                limit = Math.max(limit, BootInformation.memoryMapBase(i) + BootInformation.memoryMapLength(i));
            }
        }
        if (limit == 0) {
            limit = BootInformation.memoryEnd(); // no memory map: the basic upper-memory figure
        }
        limit = Math.min(limit, KernelLayout.DIRECT_MAP_SIZE);
        long metadata = KernelMemory.map(align(FrameAllocator.metadataSize(limit)));
        frames = new FrameAllocator(metadata, limit);
        long reserved = KernelMemory.unusedBootStart();
        if (BootInformation.memoryMapEntries() == 0) {
            frames.addRange(reserved, limit);
            regions = 1;
        }
        for (int i = 0; i < BootInformation.memoryMapEntries(); i++) {
            long base = BootInformation.memoryMapBase(i);
            long end = base + BootInformation.memoryMapLength(i);
            if (BootInformation.memoryMapType(i) == BootInformation.AVAILABLE && end > reserved && base < limit) {
                frames.addRange(Math.max(base, reserved), Math.min(end, limit));
                regions++;
            }
        }
        KernelMemory.useSource(new FrameHeap(frames));
    }

    /** The frame allocator (after {@link #start}). */
    public static FrameAllocator frames() {
        return frames;
    }

    /** The end of the physical memory managed (at most the 1 GiB direct map). */
    public static long limit() {
        return limit;
    }

    /** Available ranges of the memory map the allocator manages frames of. */
    public static int regions() {
        return regions;
    }

    private static long align(long bytes) {
        return (bytes + FrameAllocator.FRAME_SIZE - 1) & -FrameAllocator.FRAME_SIZE;
    }
}
