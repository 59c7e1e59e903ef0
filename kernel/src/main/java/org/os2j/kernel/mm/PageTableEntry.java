package org.os2j.kernel.mm;

/**
 * The bits of a 4-level paging entry (Intel SDM Vol. 3A, 4.5, Tables 4-15 to 4-20), declared once:
 * the same layout at every level, with {@link #LARGE} marking a 2 MiB page in a page-directory
 * entry. Pure functions, tested on the host.
 */
public final class PageTableEntry {
    public static final long PRESENT = 1L;
    public static final long WRITABLE = 1L << 1;
    public static final long USER = 1L << 2;
    public static final long ACCESSED = 1L << 5;
    public static final long DIRTY = 1L << 6;
    public static final long LARGE = 1L << 7;
    public static final long GLOBAL = 1L << 8;
    public static final long NO_EXECUTE = 1L << 63;
    /** Bits 51:12: the physical address of the page or of the next table. */
    public static final long ADDRESS = 0x000F_FFFF_FFFF_F000L;
    public static final int ENTRIES = 512;
    public static final long PAGE_SIZE = 4096;
    public static final long LARGE_PAGE_SIZE = 2L << 20;

    private PageTableEntry() {
    }

    public static long of(long physical, long flags) {
        return physical & ADDRESS | flags;
    }

    public static long address(long entry) {
        return entry & ADDRESS;
    }

    public static boolean isPresent(long entry) {
        return (entry & PRESENT) != 0;
    }

    /** The index of {@code virtual} in the table at {@code level} (4: PML4, 3: PDPT, 2: PD, 1: PT). */
    public static int index(long virtual, int level) {
        return (int) (virtual >>> (12 + 9 * (level - 1)) & (ENTRIES - 1));
    }
}
