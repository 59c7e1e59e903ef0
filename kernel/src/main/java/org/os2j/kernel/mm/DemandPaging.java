package org.os2j.kernel.mm;

import org.os2j.runtime.annotation.NoAllocation;
/**
 * Demand paging: registered regions of kernel address space get memory only when touched. A
 * not-present page fault inside a region maps exactly the faulting page (the seed mapped the
 * region's first page whatever the address) to a fresh zeroed frame with the region's flags, and
 * the faulting instruction runs again. The table of regions is preallocated, so the fault path
 * never allocates on the Java heap.
 */
public final class DemandPaging {
    public static final int MAXIMUM_REGIONS = 256;
    /** Page-fault error code bit 0: the page was present (a protection fault, not ours to fix). */
    private static final long PRESENT_FAULT = 1;

    private final PageTables tables;
    private final FrameAllocator frames;
    private final long[] starts = new long[MAXIMUM_REGIONS];
    private final long[] ends = new long[MAXIMUM_REGIONS];
    private final long[] flags = new long[MAXIMUM_REGIONS];
    private int count;
    private long faults;

    public DemandPaging(PageTables tables, FrameAllocator frames) {
        this.tables = tables;
        this.frames = frames;
    }

    /** Pages of {@code [start, start + pages * 4 KiB)} will be mapped on first touch with {@code pageFlags}. */
    public void register(long start, long pages, long pageFlags) {
        if (count == MAXIMUM_REGIONS) {
            throw new IllegalStateException("more than " + MAXIMUM_REGIONS + " demand-paged regions");
        }
        starts[count] = start;
        ends[count] = start + pages * PageTableEntry.PAGE_SIZE;
        flags[count] = pageFlags;
        count++;
    }

    /** Forgets the region at {@code start}, unmapping its pages and freeing their frames; returns the pages freed. */
    public int unregister(long start) {
        for (int i = 0; i < count; i++) {
            if (starts[i] == start) {
                int freed = 0;
                for (long page = start; page < ends[i]; page += PageTableEntry.PAGE_SIZE) {
                    long frame = tables.unmap(page);
                    if (frame >= 0) {
                        frames.free(frame);
                        freed++;
                    }
                }
                count--;
                starts[i] = starts[count];
                ends[i] = ends[count];
                flags[i] = flags[count];
                return freed;
            }
        }
        throw new IllegalArgumentException("no demand-paged region at 0x" + Long.toHexString(start));
    }

    /**
     * A page fault at {@code address} with {@code errorCode}: true when it was a first touch of a
     * region page, now mapped; false when it is someone else's problem (or no frame is left).
     */
    @NoAllocation
    public boolean handle(long address, long errorCode) {
        if ((errorCode & PRESENT_FAULT) != 0) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (address >= starts[i] && address < ends[i]) {
                long frame = frames.allocate(0);
                if (frame < 0) {
                    return false;
                }
                tables.map(address & -PageTableEntry.PAGE_SIZE, frame, flags[i]);
                faults++;
                return true;
            }
        }
        return false;
    }

    /** Whether {@code address} lies in a registered region. */
    public boolean covers(long address) {
        for (int i = 0; i < count; i++) {
            if (address >= starts[i] && address < ends[i]) {
                return true;
            }
        }
        return false;
    }

    /** Faults that mapped a page so far. */
    public long faults() {
        return faults;
    }
}
