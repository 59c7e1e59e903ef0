package org.os2j.kernel.mm;

import org.os2j.runtime.KernelLayout;

/**
 * Kernel regions: address space from the region allocator, memory on demand. A region of n pages
 * is followed by its guard page; its pages are mapped (writable, not executable) on first touch and
 * given back when it is freed. The window is 1 GiB at {@link #WINDOW}, away from the direct map.
 */
public final class VirtualMemory {
    /** PML4 entry 384: the start of the upper quarter of the kernel half. */
    public static final long WINDOW = 0xFFFF_C000_0000_0000L;

    private static RegionAllocator regions;
    private static DemandPaging paging;
    private static long pageFlags;

    private VirtualMemory() {
    }

    public static void start(FrameAllocator frames, PageTables tables, boolean noExecute) {
        int order = 0;
        while (((long) FrameAllocator.FRAME_SIZE << order) < RegionAllocator.metadataSize()) {
            order++;
        }
        long metadata = frames.allocate(order);
        if (metadata < 0) {
            throw new OutOfMemoryError("no frames for the region allocator");
        }
        regions = new RegionAllocator(WINDOW, KernelLayout.virtual(metadata));
        paging = new DemandPaging(tables, frames);
        pageFlags = PageTableEntry.WRITABLE | (noExecute ? PageTableEntry.NO_EXECUTE : 0);
    }

    /** A region of {@code pages} pages, mapped as touched; its address, or -1 when the window is full. */
    public static long allocate(long pages) {
        long address = regions.allocate(pages);
        if (address != -1) { // kernel addresses are negative as Java longs
            paging.register(address, pages, pageFlags);
        }
        return address;
    }

    /** Frees the region at {@code address}: its pages' frames go back; returns how many were mapped. */
    public static int free(long address) {
        int mapped = paging.unregister(address);
        regions.free(address);
        return mapped;
    }

    /** Called on every page fault: true when demand paging mapped the page. */
    public static boolean handlePageFault(long address, long errorCode) {
        return paging != null && paging.handle(address, errorCode);
    }

    /** Whether {@code address} is in the window but in no region's pages (a guard page or free space). */
    public static boolean isUnallocatedWindowPage(long address) {
        return regions != null && address >= WINDOW && address - WINDOW < RegionAllocator.windowSize()
                && !paging.covers(address);
    }

    public static long faults() {
        return paging.faults();
    }

    public static RegionAllocator regions() {
        return regions;
    }
}
