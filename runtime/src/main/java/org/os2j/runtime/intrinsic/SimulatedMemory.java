package org.os2j.runtime.intrinsic;

import java.util.HashMap;
import java.util.Map;

/**
 * A sparse, zero-initialised 64-bit byte-addressed memory for running intrinsic-using code on
 * HotSpot (host tests of allocators and page tables). Little-endian like x86-64. Not thread-safe.
 */
public final class SimulatedMemory {
    private static final int PAGE_SHIFT = 12;
    private static final Map<Long, byte[]> PAGES = new HashMap<>();

    private SimulatedMemory() {
    }

    static byte get(long address) {
        byte[] page = PAGES.get(address >>> PAGE_SHIFT);
        return page == null ? 0 : page[(int) (address & ((1 << PAGE_SHIFT) - 1))];
    }

    static void put(long address, byte value) {
        PAGES.computeIfAbsent(address >>> PAGE_SHIFT, k -> new byte[1 << PAGE_SHIFT])
                [(int) (address & ((1 << PAGE_SHIFT) - 1))] = value;
    }

    static long getBytes(long address, int count) {
        long value = 0;
        for (int i = count - 1; i >= 0; i--) {
            value = (value << 8) | (get(address + i) & 0xFF);
        }
        return value;
    }

    static void putBytes(long address, int count, long value) {
        for (int i = 0; i < count; i++) {
            put(address + i, (byte) (value >>> (8 * i)));
        }
    }

    /** Forgets every page (between host tests). */
    public static void reset() {
        PAGES.clear();
    }
}
