package org.os2j.runtime;

/**
 * The allocation pointers, declared once for the compiler, which defines them (8 bytes each, zero
 * at start) and bumps {@link #TOP} inline for {@code new} (backend/CallSelection: when the object
 * fits below {@link #LIMIT}; else it calls Allocator.allocateInstance), and the collector
 * (gc/Heap), which owns them. Invariant: the bytes in [TOP, LIMIT) read as zero.
 */
public final class AllocationLayout {
    /** The next free byte of the allocation window (8-byte aligned). */
    public static final String TOP = "os2j.heap.top";
    /** The end of the allocation window. */
    public static final String LIMIT = "os2j.heap.limit";

    private AllocationLayout() {
    }
}
