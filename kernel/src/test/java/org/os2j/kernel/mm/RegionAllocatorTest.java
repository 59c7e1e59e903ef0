package org.os2j.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.os2j.runtime.KernelLayout;

/** The virtual buddy on simulated memory: random sequences against its invariants, guard pages, bookkeeping. */
class RegionAllocatorTest {
    private static final long PAGE = RegionAllocator.PAGE_SIZE;
    private static final long BASE = VirtualMemory.WINDOW;

    @Test
    void regionsAreDisjointAlignedGuardedAndMergeBack() {
        RegionAllocator regions = new RegionAllocator(BASE, KernelLayout.virtual(0x6000_0000L));
        long total = regions.freePages();
        Random random = new Random(11);
        TreeMap<Long, Long> live = new TreeMap<>(); // start -> end of the block, guard included
        List<Long> starts = new ArrayList<>();
        for (int step = 0; step < 20_000; step++) {
            if (starts.isEmpty() || random.nextInt(5) < 3) {
                long pages = random.nextInt(100) < 90 ? 1 + random.nextInt(16) : 1 + random.nextInt(5000);
                long region = regions.allocate(pages);
                if (region == -1) {
                    continue;
                }
                long block = regions.regionPages(region) + 1;
                assertTrue(block >= pages + 1, "room for the region and its guard page");
                assertEquals(0, (region - BASE) % (block * PAGE), "aligned to its block");
                long end = region + block * PAGE;
                assertTrue(end <= BASE + RegionAllocator.windowSize());
                Map.Entry<Long, Long> below = live.floorEntry(region);
                Map.Entry<Long, Long> above = live.ceilingEntry(region);
                assertTrue(below == null || below.getValue() <= region, "no overlap below");
                assertTrue(above == null || above.getKey() >= end, "no overlap above");
                live.put(region, end);
                starts.add(region);
            } else {
                long region = starts.remove(random.nextInt(starts.size()));
                long block = (live.remove(region) - region) / PAGE;
                assertEquals(block, regions.free(region));
            }
            long livePages = live.entrySet().stream().mapToLong(e -> (e.getValue() - e.getKey()) / PAGE).sum();
            assertEquals(total, regions.freePages() + livePages);
        }
        for (long region : starts) {
            regions.free(region);
        }
        assertEquals(total, regions.freePages());
        // Everything merged back: the whole window is one region again.
        long whole = regions.allocate((1L << RegionAllocator.MAXIMUM_ORDER) - 1);
        assertEquals(BASE, whole);
    }

    @Test
    void badFreesAndExhaustionAreReported() {
        RegionAllocator regions = new RegionAllocator(BASE, KernelLayout.virtual(0x6100_0000L));
        long region = regions.allocate(3);
        assertEquals(3, regions.regionPages(region), "3 pages and a guard: a block of 4");
        assertThrows(IllegalArgumentException.class, () -> regions.free(region + PAGE));
        regions.free(region);
        assertThrows(IllegalArgumentException.class, () -> regions.free(region), "double free");
        assertEquals(-1, regions.allocate(1L << RegionAllocator.MAXIMUM_ORDER), "with its guard it does not fit");
        assertEquals(-1, regions.allocate(0));
    }

    @Test
    void demandPagingMapsExactlyTheFaultingPage() {
        FrameAllocator frames = new FrameAllocator(KernelLayout.virtual(0x6200_0000L), 0x6100_0000L);
        frames.addRange(0x6000_0000L, 0x6100_0000L);
        PageTables tables = new PageTables(frames);
        DemandPaging paging = new DemandPaging(tables, frames);
        long region = BASE + 64 * PAGE;
        paging.register(region, 8, PageTableEntry.WRITABLE);
        assertTrue(paging.handle(region + 5 * PAGE + 123, 0x2), "not present, write");
        long free = frames.freeFrames();
        assertTrue(tables.translate(region + 5 * PAGE) >= 0);
        assertEquals(-1, tables.translate(region + 4 * PAGE));
        assertEquals(-1, tables.translate(region + 6 * PAGE));
        assertEquals(PageTableEntry.PRESENT | PageTableEntry.WRITABLE, tables.entry(region + 5 * PAGE) & 0xFFF);
        assertEquals(false, paging.handle(region + 5 * PAGE, 0x3), "a protection fault is not a first touch");
        assertEquals(false, paging.handle(region + 8 * PAGE, 0x2), "the guard page is outside the region");
        assertEquals(1, paging.faults());
        assertEquals(1, paging.unregister(region));
        assertEquals(-1, tables.translate(region + 5 * PAGE));
        assertEquals(free + 1, frames.freeFrames(), "the page's frame went back");
    }
}
