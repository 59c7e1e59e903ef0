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
import org.os2j.runtime.intrinsic.Memory;

/** The buddy allocator on simulated memory, under random sequences, against its invariants. */
class FrameAllocatorTest {
    private static final long MIB = 1 << 20;
    private static final int FRAME = FrameAllocator.FRAME_SIZE;

    /** Frames in [1 MiB, 30 MiB) and [31.5 MiB, 48 MiB): unaligned edges and a hole. */
    private static FrameAllocator allocator(long metadataPhysical) {
        FrameAllocator allocator = new FrameAllocator(KernelLayout.virtual(metadataPhysical), 48 * MIB);
        allocator.addRange(MIB, 30 * MIB);
        allocator.addRange(31 * MIB + MIB / 2, 48 * MIB);
        return allocator;
    }

    @Test
    void rangesBecomeMaximalAlignedBlocks() {
        FrameAllocator allocator = allocator(0x7000_0000L);
        assertEquals((29 * MIB + 16 * MIB + MIB / 2) / FRAME, allocator.managedFrames());
        assertEquals(allocator.managedFrames(), allocator.freeFrames());
        long counted = 0;
        for (int order = 0; order <= FrameAllocator.MAXIMUM_ORDER; order++) {
            counted += (long) allocator.freeBlocks(order) << order;
        }
        assertEquals(allocator.managedFrames(), counted);
        // The greedy decomposition of [1, 30) and [31.5, 48) MiB, merged: 16 MiB [32, 48), 8 MiB [8, 16)
        // and [16, 24), 4 MiB [4, 8) and [24, 28), 2 MiB [2, 4), [28, 30); 1 MiB [1, 2); 512 KiB [31.5, 32).
        assertEquals(1, allocator.freeBlocks(12));
        assertEquals(2, allocator.freeBlocks(11));
        assertEquals(2, allocator.freeBlocks(10));
        assertEquals(2, allocator.freeBlocks(9));
        assertEquals(1, allocator.freeBlocks(8));
        assertEquals(1, allocator.freeBlocks(7));
        assertEquals(0, allocator.freeBlocks(13));
    }

    @Test
    void randomSequencesKeepBlocksDisjointAlignedZeroedAndMergeCompletely() {
        FrameAllocator allocator = allocator(0x7100_0000L);
        int[] initial = new int[FrameAllocator.MAXIMUM_ORDER + 1];
        for (int order = 0; order <= FrameAllocator.MAXIMUM_ORDER; order++) {
            initial[order] = allocator.freeBlocks(order);
        }
        Random random = new Random(42);
        TreeMap<Long, Long> live = new TreeMap<>();
        List<Long> starts = new ArrayList<>();
        long liveFrames = 0;
        for (int step = 0; step < 6000; step++) {
            if (starts.isEmpty() || random.nextInt(5) < 3) {
                int order = random.nextInt(100) < 80 ? random.nextInt(3) : random.nextInt(7);
                long block = allocator.allocate(order);
                if (block < 0) {
                    continue;
                }
                long end = block + ((long) FRAME << order);
                assertEquals(0, block % ((long) FRAME << order), "aligned to its size");
                assertTrue(block >= MIB && end <= 48 * MIB && (end <= 30 * MIB || block >= 31 * MIB + MIB / 2),
                        "inside the managed ranges");
                Map.Entry<Long, Long> before = live.floorEntry(block);
                Map.Entry<Long, Long> after = live.ceilingEntry(block);
                assertTrue(before == null || before.getValue() <= block, "no overlap below");
                assertTrue(after == null || after.getKey() >= end, "no overlap above");
                assertEquals(0, Memory.loadLong(KernelLayout.virtual(block)), "zeroed");
                assertEquals(0, Memory.loadLong(KernelLayout.virtual(end - 8)), "zeroed");
                Memory.storeLong(KernelLayout.virtual(block), -1); // dirty it for the next owner
                Memory.storeLong(KernelLayout.virtual(end - 8), -1);
                live.put(block, end);
                starts.add(block);
                liveFrames += 1L << order;
            } else {
                long block = starts.remove(random.nextInt(starts.size()));
                liveFrames -= (live.remove(block) - block) / FRAME;
                allocator.free(block);
            }
            assertEquals(allocator.managedFrames(), allocator.freeFrames() + liveFrames);
        }
        for (long block : starts) {
            allocator.free(block);
        }
        for (int order = 0; order <= FrameAllocator.MAXIMUM_ORDER; order++) {
            assertEquals(initial[order], allocator.freeBlocks(order), "order " + order + " after freeing everything");
        }
    }

    @Test
    void runsOfFramesCostTheirSizeAndComeBackWhole() {
        FrameAllocator allocator = allocator(0x7300_0000L);
        long free = allocator.freeFrames();
        int[] initial = new int[FrameAllocator.MAXIMUM_ORDER + 1];
        for (int order = 0; order <= FrameAllocator.MAXIMUM_ORDER; order++) {
            initial[order] = allocator.freeBlocks(order);
        }
        Random random = new Random(3);
        List<long[]> runs = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            long count = 1 + random.nextInt(120); // about 7,300 of the 11,648 frames, leaving room for fragmentation
            long run = allocator.allocateFrames(count);
            assertTrue(run > 0, "run of " + count);
            assertEquals(0, Memory.loadLong(KernelLayout.virtual(run + (count - 1) * FRAME)), "zeroed to its end");
            runs.add(new long[] {run, count});
            free -= count;
            assertEquals(free, allocator.freeFrames(), "a run of " + count + " costs exactly its frames");
        }
        java.util.Collections.shuffle(runs, random);
        for (long[] run : runs) {
            allocator.freeFrames(run[0], run[1]);
        }
        for (int order = 0; order <= FrameAllocator.MAXIMUM_ORDER; order++) {
            assertEquals(initial[order], allocator.freeBlocks(order), "order " + order + " after freeing every run");
        }
    }

    @Test
    void exhaustionAndBadFreesAreReported() {
        FrameAllocator allocator = new FrameAllocator(KernelLayout.virtual(0x7200_0000L), 8 * MIB);
        allocator.addRange(4 * MIB, 4 * MIB + 3 * FRAME);
        long first = allocator.allocate(1);
        assertEquals(4 * MIB, first);
        assertEquals(-1, allocator.allocate(1), "one frame left, no pair");
        long last = allocator.allocate(0);
        assertEquals(-1, allocator.allocate(0));
        allocator.free(last);
        assertThrows(IllegalArgumentException.class, () -> allocator.free(last), "double free");
        assertThrows(IllegalArgumentException.class, () -> allocator.free(first + FRAME), "inside a block");
        assertEquals(1, allocator.allocatedOrder(first));
    }
}
