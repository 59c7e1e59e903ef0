package org.os2j.kernel.mm;

import org.os2j.runtime.KernelLayout;
import org.os2j.runtime.annotation.NoAllocation;
import org.os2j.runtime.intrinsic.Memory;

/**
 * The physical frame allocator: a binary buddy system over 4 KiB frames, blocks of 2^order frames
 * for order 0 to {@link #MAXIMUM_ORDER} (64 MiB, so large Java arrays get contiguous memory). Free
 * blocks are kept in one doubly linked list per order, linked through the free frames themselves
 * (read and written through the kernel's direct map); freeing a block merges it with its buddy as
 * long as the buddy is free and whole. Allocated frames are zeroed.
 *
 * <p>Its own state lives in memory it is given (never on the Java heap: the allocator must not
 * allocate, as the heap itself comes from it): the list heads, then one state byte per frame:
 * {@code FREE | order} at the first frame of a free block, {@code ALLOCATED | order} at the first
 * frame of an allocated block, 0 inside blocks and for frames it does not manage.
 *
 * <p>Invariants: every block is aligned to its size; a free block's buddy is never a free block of
 * the same order (they would have merged); free frames + allocated frames = managed frames.
 */
public final class FrameAllocator {
    public static final int FRAME_SIZE = 4096;
    public static final int MAXIMUM_ORDER = 14;
    private static final int FREE = 0x80;
    private static final int ALLOCATED = 0x40;
    private static final int ORDER_MASK = 0x1F;
    private static final long NONE = -1;
    // A free block's first frame: the physical address of the next and previous free block of its order.
    private static final int NEXT = 0;
    private static final int PREVIOUS = 8;

    /** Kernel address of the list heads ({@code MAXIMUM_ORDER + 1} physical addresses, NONE when empty). */
    private final long heads;
    /** Kernel address of the state bytes, one per frame below {@link #frameLimit}. */
    private final long states;
    private final long frameLimit;
    private long managedFrames;
    private long freeFrames;

    /**
     * An allocator for frames below physical {@code limit}, managing none yet; its state takes
     * {@link #metadataSize}{@code (limit)} bytes at kernel address {@code metadata}.
     */
    public FrameAllocator(long metadata, long limit) {
        heads = metadata;
        states = metadata + 8L * (MAXIMUM_ORDER + 1);
        frameLimit = limit / FRAME_SIZE;
        for (int order = 0; order <= MAXIMUM_ORDER; order++) {
            Memory.storeLong(heads + 8L * order, NONE);
        }
        for (long frame = 0; frame < frameLimit; frame++) {
            Memory.storeByte(states + frame, (byte) 0);
        }
    }

    /** Bytes of state for frames below physical {@code limit}. */
    public static long metadataSize(long limit) {
        return 8L * (MAXIMUM_ORDER + 1) + limit / FRAME_SIZE;
    }

    /** Hands the frames of physical {@code [start, end)} (rounded inward to frames) to the allocator. */
    public void addRange(long start, long end) {
        long frame = (start + FRAME_SIZE - 1) / FRAME_SIZE;
        long last = Math.min(end / FRAME_SIZE, frameLimit);
        while (frame < last) {
            int order = 0;
            while (order < MAXIMUM_ORDER && frame % (2L << order) == 0 && frame + (2L << order) <= last) {
                order++;
            }
            managedFrames += 1L << order;
            Memory.storeByte(states + frame, (byte) (ALLOCATED | order));
            free(frame * FRAME_SIZE);
            frame += 1L << order;
        }
    }

    /** A zeroed block of 2^order frames (its physical address), or -1 when none is free. */
    @NoAllocation
    public long allocate(int order) {
        int available = order;
        while (available <= MAXIMUM_ORDER && head(available) == NONE) {
            available++;
        }
        if (order < 0 || available > MAXIMUM_ORDER) {
            return -1;
        }
        long block = head(available);
        unlink(block, available);
        while (available > order) {
            available--;
            long upper = block + ((long) FRAME_SIZE << available);
            push(upper, available);
        }
        Memory.storeByte(states + block / FRAME_SIZE, (byte) (ALLOCATED | order));
        freeFrames -= 1L << order;
        long virtual = KernelLayout.virtual(block);
        for (long word = 0; word < (long) FRAME_SIZE << order; word += 8) {
            Memory.storeLong(virtual + word, 0);
        }
        return block;
    }

    /**
     * {@code count} contiguous zeroed frames (their physical address), or -1: the smallest block that
     * holds them, whose tail beyond {@code count} goes back at once, so a large request costs its
     * size rather than the next power of two. The frames stay a run of allocated blocks (the binary
     * decomposition of {@code count}); give them back with {@link #freeFrames}.
     */
    @NoAllocation
    public long allocateFrames(long count) {
        int order = 0;
        while ((1L << order) < count) {
            order++;
        }
        long block = count < 1 || order > MAXIMUM_ORDER ? -1 : allocate(order);
        if (block < 0) {
            return -1;
        }
        long first = block / FRAME_SIZE;
        long offset = 0;
        int part = order;
        while (offset < 1L << order) {
            long size = 1L << part;
            if (offset + size > count && offset < count) {
                part--; // the piece straddles the end of the request: split it
                continue;
            }
            Memory.storeByte(states + first + offset, (byte) (ALLOCATED | part));
            if (offset >= count) {
                free((first + offset) * FRAME_SIZE); // beyond the request: back to the free lists
            }
            offset += size;
        }
        return block;
    }

    /** Frees {@code count} frames from {@link #allocateFrames} at physical {@code address}. */
    @NoAllocation
    public void freeFrames(long address, long count) {
        long frame = address / FRAME_SIZE;
        long done = 0;
        while (done < count) {
            int order = allocatedOrder((frame + done) * FRAME_SIZE);
            if (order < 0) {
                throw new IllegalArgumentException("freeFrames of 0x" + Long.toHexString(address) + ": frame "
                        + (frame + done) + " is not allocated");
            }
            free((frame + done) * FRAME_SIZE);
            done += 1L << order;
        }
    }

    /** Frees the block that {@link #allocate} returned at physical {@code address}, merging buddies. */
    @NoAllocation
    public void free(long address) {
        long frame = address / FRAME_SIZE;
        int state = frame < frameLimit && address % FRAME_SIZE == 0 ? Memory.loadByte(states + frame) & 0xFF : 0;
        if ((state & ALLOCATED) == 0) {
            throw new IllegalArgumentException("free of 0x" + Long.toHexString(address) + ", not an allocated block");
        }
        int order = state & ORDER_MASK;
        freeFrames += 1L << order;
        long block = address;
        while (order < MAXIMUM_ORDER) {
            long buddy = block ^ ((long) FRAME_SIZE << order);
            if (buddy / FRAME_SIZE >= frameLimit || (Memory.loadByte(states + buddy / FRAME_SIZE) & 0xFF) != (FREE | order)) {
                break;
            }
            unlink(buddy, order);
            Memory.storeByte(states + Math.max(block, buddy) / FRAME_SIZE, (byte) 0);
            block = Math.min(block, buddy);
            order++;
        }
        push(block, order);
    }

    public long freeFrames() {
        return freeFrames;
    }

    public long managedFrames() {
        return managedFrames;
    }

    /** Free blocks of {@code order}, counted along the list (for statistics and tests). */
    public int freeBlocks(int order) {
        int count = 0;
        for (long block = head(order); block != NONE; block = Memory.loadLong(KernelLayout.virtual(block) + NEXT)) {
            count++;
        }
        return count;
    }

    /** The order of the allocated block at physical {@code address}, or -1. */
    public int allocatedOrder(long address) {
        int state = Memory.loadByte(states + address / FRAME_SIZE) & 0xFF;
        return (state & ALLOCATED) != 0 ? state & ORDER_MASK : -1;
    }

    private long head(int order) {
        return Memory.loadLong(heads + 8L * order);
    }

    private void push(long block, int order) {
        long first = head(order);
        long virtual = KernelLayout.virtual(block);
        Memory.storeLong(virtual + NEXT, first);
        Memory.storeLong(virtual + PREVIOUS, NONE);
        if (first != NONE) {
            Memory.storeLong(KernelLayout.virtual(first) + PREVIOUS, block);
        }
        Memory.storeLong(heads + 8L * order, block);
        Memory.storeByte(states + block / FRAME_SIZE, (byte) (FREE | order));
    }

    private void unlink(long block, int order) {
        long virtual = KernelLayout.virtual(block);
        long next = Memory.loadLong(virtual + NEXT);
        long previous = Memory.loadLong(virtual + PREVIOUS);
        if (previous == NONE) {
            Memory.storeLong(heads + 8L * order, next);
        } else {
            Memory.storeLong(KernelLayout.virtual(previous) + NEXT, next);
        }
        if (next != NONE) {
            Memory.storeLong(KernelLayout.virtual(next) + PREVIOUS, previous);
        }
        Memory.storeByte(states + block / FRAME_SIZE, (byte) 0);
    }
}
