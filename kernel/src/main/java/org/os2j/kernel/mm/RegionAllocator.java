package org.os2j.kernel.mm;

import org.os2j.runtime.annotation.NoAllocation;
import org.os2j.runtime.intrinsic.Memory;

/**
 * The kernel's virtual region allocator: a binary buddy system over the page numbers of a window of
 * kernel address space, 2^{@link #MAXIMUM_ORDER} pages from its base, in pages (not the seed's mix
 * of units). Every region is followed by at least one page that belongs to no region and is never
 * mapped: its guard page, so running off its end faults instead of reaching the next region.
 *
 * <p>Virtual pages have no memory behind them until mapped, so the state lives in memory it is
 * given: for each order a bitmap with one bit per block of that order, set when the block is free;
 * and one byte per page, {@code ALLOCATED | order} at the first page of an allocated block. Only
 * the search hints (per order, the lowest bitmap word that may hold a free block) are a Java
 * array, made by the constructor: allocating and freeing never allocate.
 *
 * <p>Invariants: blocks are aligned to their size; a free block's buddy is never free at the same
 * order; free pages + allocated pages = window pages.
 */
public final class RegionAllocator {
    public static final int MAXIMUM_ORDER = 18;
    public static final long PAGE_SIZE = 4096;
    private static final int ALLOCATED = 0x80;
    private static final int ORDER_MASK = 0x1F;

    private final long base;
    private final long bitmaps;
    private final long orders;
    private final long[] firstWord = new long[MAXIMUM_ORDER + 1];
    private long freePages;

    /** A window of 2^MAXIMUM_ORDER pages at {@code base}, all free; its state takes {@link #metadataSize} bytes at {@code metadata}. */
    public RegionAllocator(long base, long metadata) {
        this.base = base;
        this.bitmaps = metadata;
        this.orders = metadata + bitmapBytes();
        for (long offset = 0; offset < metadataSize(); offset += 8) {
            Memory.storeLong(metadata + offset, 0);
        }
        setFree(0, MAXIMUM_ORDER, true);
        freePages = 1L << MAXIMUM_ORDER;
    }

    /** Bytes of state for the window. */
    public static long metadataSize() {
        return bitmapBytes() + (1L << MAXIMUM_ORDER);
    }

    /** The whole window's size in bytes. */
    public static long windowSize() {
        return PAGE_SIZE << MAXIMUM_ORDER;
    }

    /**
     * A region of {@code pages} pages (its address) with a guard page after it, or -1 when none
     * fits (test with {@code == -1}: kernel addresses are negative as Java longs).
     */
    @NoAllocation
    public long allocate(long pages) {
        int order = 0;
        while ((1L << order) < pages + 1) {
            order++;
        }
        int available = order;
        long block = -1;
        while (available <= MAXIMUM_ORDER && (block = findFree(available)) < 0) {
            available++;
        }
        if (pages < 1 || block < 0) {
            return -1;
        }
        setFree(block, available, false);
        while (available > order) {
            available--;
            setFree(block + (1L << available), available, true);
        }
        Memory.storeByte(orders + block, (byte) (ALLOCATED | order));
        freePages -= 1L << order;
        return base + block * PAGE_SIZE;
    }

    /** Frees the region at {@code address}; returns its size in pages including the guard (a power of two). */
    @NoAllocation
    public long free(long address) {
        long page = (address - base) / PAGE_SIZE;
        int state = page >= 0 && page < (1L << MAXIMUM_ORDER) && (address - base) % PAGE_SIZE == 0
                ? Memory.loadByte(orders + page) & 0xFF : 0;
        if ((state & ALLOCATED) == 0) {
            throw new IllegalArgumentException("free of 0x" + Long.toHexString(address) + ", not a region");
        }
        Memory.storeByte(orders + page, (byte) 0);
        int order = state & ORDER_MASK;
        long size = 1L << order;
        freePages += size;
        long block = page;
        while (order < MAXIMUM_ORDER && isFree(block ^ (1L << order), order)) {
            setFree(block ^ (1L << order), order, false);
            block &= ~(1L << order);
            order++;
        }
        setFree(block, order, true);
        return size;
    }

    /** The usable size in pages the region at {@code address} was given (its block minus the guard), or -1. */
    public long regionPages(long address) {
        long page = (address - base) / PAGE_SIZE;
        if (page < 0 || page >= (1L << MAXIMUM_ORDER)) {
            return -1;
        }
        int state = Memory.loadByte(orders + page) & 0xFF;
        return (state & ALLOCATED) == 0 ? -1 : (1L << (state & ORDER_MASK)) - 1;
    }

    public long freePages() {
        return freePages;
    }

    public long base() {
        return base;
    }

    private static long bitmapBytes() {
        long bytes = 0;
        for (int order = 0; order <= MAXIMUM_ORDER; order++) {
            bytes += bitmapWords(order) * 8;
        }
        return bytes;
    }

    private static long bitmapWords(int order) {
        return ((1L << (MAXIMUM_ORDER - order)) + 63) / 64;
    }

    /** The address of order {@code order}'s bitmap. */
    private long bitmap(int order) {
        long address = bitmaps;
        for (int lower = 0; lower < order; lower++) {
            address += bitmapWords(lower) * 8;
        }
        return address;
    }

    /** The first page of a free block of {@code order}, or -1. */
    private long findFree(int order) {
        long map = bitmap(order);
        for (long word = firstWord[order]; word < bitmapWords(order); word++) {
            long bits = Memory.loadLong(map + word * 8);
            if (bits != 0) {
                firstWord[order] = word;
                return (word * 64 + Long.numberOfTrailingZeros(bits)) << order;
            }
        }
        firstWord[order] = bitmapWords(order);
        return -1;
    }

    private boolean isFree(long block, int order) {
        long index = block >> order;
        return (Memory.loadLong(bitmap(order) + index / 64 * 8) & (1L << (index % 64))) != 0;
    }

    private void setFree(long block, int order, boolean free) {
        long index = block >> order;
        long word = bitmap(order) + index / 64 * 8;
        long bits = Memory.loadLong(word);
        Memory.storeLong(word, free ? bits | 1L << (index % 64) : bits & ~(1L << (index % 64)));
        if (free) {
            firstWord[order] = Math.min(firstWord[order], index / 64);
        }
    }
}
