package org.os2j.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.os2j.runtime.KernelLayout;
import org.os2j.runtime.intrinsic.Memory;

/** Page-table walks on simulated memory: the indices of each level, leaf flags, large pages, unmapping. */
class PageTablesTest {
    private static final long MIB = 1 << 20;

    private static PageTables tables(long base) {
        FrameAllocator frames = new FrameAllocator(KernelLayout.virtual(base + 64 * MIB), 64 * MIB + base);
        frames.addRange(base, base + 8 * MIB);
        return new PageTables(frames);
    }

    @Test
    void indicesFollowTheFourLevels() {
        long virtual = 0xFFFFFFFF80123456L;
        assertEquals(511, PageTableEntry.index(virtual, 4));
        assertEquals(510, PageTableEntry.index(virtual, 3));
        assertEquals(0, PageTableEntry.index(virtual, 2));
        assertEquals(0x123, PageTableEntry.index(virtual, 1));
        assertEquals(0x0000_0012_3456_7000L, PageTableEntry.address(PageTableEntry.of(0xFFF0_0012_3456_7FFFL, 0)));
    }

    @Test
    void mapTranslateAndUnmapWithTheirFlags() {
        PageTables tables = tables(0x2000_0000L);
        long virtual = 0x0000_7000_1234_5000L;
        tables.map(virtual, 0x4567_8000L, PageTableEntry.WRITABLE | PageTableEntry.USER | PageTableEntry.NO_EXECUTE);
        assertEquals(0x4567_8ABCL, tables.translate(virtual + 0xABC));
        long entry = tables.entry(virtual);
        assertEquals(PageTableEntry.PRESENT | PageTableEntry.WRITABLE | PageTableEntry.USER | PageTableEntry.NO_EXECUTE,
                entry & ~PageTableEntry.ADDRESS);
        assertEquals(-1, tables.translate(virtual + 4096), "the next page is not mapped");
        // The walk really goes through the tables in memory: the PML4 entry points at a zeroed-then-filled PDPT.
        long pml4Entry = Memory.loadLong(KernelLayout.virtual(tables.root()) + 8L * PageTableEntry.index(virtual, 4));
        assertEquals(PageTableEntry.PRESENT | PageTableEntry.WRITABLE | PageTableEntry.USER, pml4Entry & 0xFFF);
        assertEquals(0x4567_8000L, tables.unmap(virtual));
        assertEquals(-1, tables.translate(virtual));
        assertEquals(-1, tables.unmap(virtual));
    }

    @Test
    void largePagesMapTwoMebibytes() {
        PageTables tables = tables(0x3000_0000L);
        long virtual = KernelLayout.virtual(6 * MIB);
        tables.mapLarge(virtual, 6 * MIB, PageTableEntry.WRITABLE);
        assertEquals(6 * MIB + 0x1F_FFFF, tables.translate(virtual + 0x1F_FFFF));
        assertEquals(PageTableEntry.LARGE, tables.entry(virtual + 4096) & PageTableEntry.LARGE);
        assertThrows(IllegalStateException.class, () -> tables.map(virtual + 4096, 0, 0), "inside a large page");
    }
}
