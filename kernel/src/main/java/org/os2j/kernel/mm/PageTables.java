package org.os2j.kernel.mm;

import org.os2j.runtime.KernelLayout;
import org.os2j.runtime.annotation.NoAllocation;
import org.os2j.runtime.intrinsic.Cpu;
import org.os2j.runtime.intrinsic.Memory;

/**
 * One 4-level page-table hierarchy (Intel SDM Vol. 3A, 4.5): map and unmap 4 KiB pages (and 2 MiB
 * pages for the direct map), with intermediate tables taken zeroed from the frame allocator and
 * reached through the direct map. Intermediate entries allow everything (present, writable, user);
 * the leaf decides. Changes to the active hierarchy invalidate the page's TLB entry (INVLPG).
 * Does not allocate on the Java heap.
 */
public final class PageTables {
    private final FrameAllocator frames;
    /** Physical address of the PML4. */
    private final long root;
    private boolean active;

    public PageTables(FrameAllocator frames) {
        this.frames = frames;
        this.root = frames.allocate(0);
        if (root < 0) {
            throw new OutOfMemoryError("no frame for a page-map level-4 table");
        }
    }

    /** The PML4's physical address, for CR3. */
    public long root() {
        return root;
    }

    /** Loads this hierarchy into CR3. */
    public void activate() {
        Cpu.writeControlRegister3(root);
        active = true;
    }

    /** Maps the 4 KiB page at {@code virtual} to {@code physical} with {@code flags} (PRESENT added). */
    @NoAllocation
    public void map(long virtual, long physical, long flags) {
        long table = tableFor(virtual, 1);
        store(table, PageTableEntry.index(virtual, 1), PageTableEntry.of(physical, flags | PageTableEntry.PRESENT));
        invalidate(virtual);
    }

    /** Maps the 2 MiB page at {@code virtual} (aligned) to {@code physical} (aligned). */
    public void mapLarge(long virtual, long physical, long flags) {
        long table = tableFor(virtual, 2);
        store(table, PageTableEntry.index(virtual, 2),
                PageTableEntry.of(physical, flags | PageTableEntry.PRESENT | PageTableEntry.LARGE));
        invalidate(virtual);
    }

    /** Unmaps the 4 KiB page at {@code virtual}; returns the physical address it mapped, or -1. */
    @NoAllocation
    public long unmap(long virtual) {
        long table = existingTable(virtual, 1);
        if (table < 0) {
            return -1;
        }
        long entry = load(table, PageTableEntry.index(virtual, 1));
        if (!PageTableEntry.isPresent(entry)) {
            return -1;
        }
        store(table, PageTableEntry.index(virtual, 1), 0);
        invalidate(virtual);
        return PageTableEntry.address(entry);
    }

    /** The leaf entry mapping {@code virtual} (a 4 KiB or 2 MiB page), or 0 when it is not mapped. */
    public long entry(long virtual) {
        long table = root;
        for (int level = 4; level >= 1; level--) {
            long entry = load(table, PageTableEntry.index(virtual, level));
            if (!PageTableEntry.isPresent(entry)) {
                return 0;
            }
            if (level == 1 || level == 2 && (entry & PageTableEntry.LARGE) != 0) {
                return entry;
            }
            table = PageTableEntry.address(entry);
        }
        return 0;
    }

    /** The physical address {@code virtual} maps to, or -1. */
    public long translate(long virtual) {
        long entry = entry(virtual);
        if (entry == 0) {
            return -1;
        }
        long pageMask = (entry & PageTableEntry.LARGE) != 0 ? PageTableEntry.LARGE_PAGE_SIZE - 1 : PageTableEntry.PAGE_SIZE - 1;
        return (PageTableEntry.address(entry) & ~pageMask) | (virtual & pageMask);
    }

    /** The table at {@code level} covering {@code virtual}, creating the missing ones above it. */
    private long tableFor(long virtual, int level) {
        long table = root;
        for (int current = 4; current > level; current--) {
            int index = PageTableEntry.index(virtual, current);
            long entry = load(table, index);
            if (!PageTableEntry.isPresent(entry)) {
                long next = frames.allocate(0);
                if (next < 0) {
                    throw new OutOfMemoryError("no frame for a page table");
                }
                entry = PageTableEntry.of(next, PageTableEntry.PRESENT | PageTableEntry.WRITABLE | PageTableEntry.USER);
                store(table, index, entry);
            } else if ((entry & PageTableEntry.LARGE) != 0) {
                throw new IllegalStateException("0x" + Long.toHexString(virtual) + " is inside a large page");
            }
            table = PageTableEntry.address(entry);
        }
        return table;
    }

    /** The existing table at {@code level} covering {@code virtual}, or -1. */
    private long existingTable(long virtual, int level) {
        long table = root;
        for (int current = 4; current > level; current--) {
            long entry = load(table, PageTableEntry.index(virtual, current));
            if (!PageTableEntry.isPresent(entry) || (entry & PageTableEntry.LARGE) != 0) {
                return -1;
            }
            table = PageTableEntry.address(entry);
        }
        return table;
    }

    private void invalidate(long virtual) {
        if (active) {
            Cpu.invalidatePage(virtual);
        }
    }

    private static long load(long table, int index) {
        return Memory.loadLong(KernelLayout.virtual(table) + 8L * index);
    }

    private static void store(long table, int index, long entry) {
        Memory.storeLong(KernelLayout.virtual(table) + 8L * index, entry);
    }
}
