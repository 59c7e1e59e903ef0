package org.os2j.kernel.mm;

import org.os2j.runtime.KernelLayout;
import org.os2j.runtime.kernel.MemorySource;

/**
 * The Java heap's memory once frames are managed: runs of frames of exactly the size asked
 * (FrameAllocator.allocateFrames), reached through the direct map. Keeps an emergency reserve that it gives up the first time frames run out, so
 * the code that catches (or reports) the OutOfMemoryError can still allocate a little.
 */
final class FrameHeap implements MemorySource {
    /** 1 MiB. */
    private static final int RESERVE_ORDER = 8;
    private final FrameAllocator frames;
    private long reserve;

    FrameHeap(FrameAllocator frames) {
        this.frames = frames;
        this.reserve = frames.allocate(RESERVE_ORDER);
    }

    @Override
    public long map(long bytes) {
        long block = frames.allocateFrames((bytes + FrameAllocator.FRAME_SIZE - 1) / FrameAllocator.FRAME_SIZE);
        if (block < 0) {
            if (reserve >= 0) {
                frames.free(reserve);
                reserve = -1;
            }
            return 0;
        }
        return KernelLayout.virtual(block);
    }
}
