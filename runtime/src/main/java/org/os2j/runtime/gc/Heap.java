package org.os2j.runtime.gc;

import org.os2j.runtime.AllocationLayout;
import org.os2j.runtime.ObjectLayout;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.platform.Platform;
import org.os2j.runtime.report.ImplicitExceptions;

/**
 * The collected heap (docs/GC.md): two semispaces of virtual memory reserved at the first
 * allocation, each as large as the maximum heap; objects are bump-allocated in the current one
 * up to an allocation window, and a collection ({@link Collector}) copies the live ones into the
 * other and makes it current. The window after a collection is twice the live bytes (at least
 * {@link #MINIMUM_WINDOW}, at most the maximum), so the work of collecting stays proportional to
 * the allocation. Where the platform cannot reserve memory (the kernel, for now), the heap takes
 * chunks from it and never collects.
 *
 * <p>The allocation pointers {@code top} and {@code limit} are not fields but the two words of
 * runtime AllocationLayout, which compiled code reads to bump {@code top} inline. Invariants:
 * {@code current <= top <= limit <= current + maximum + EMERGENCY_RESERVE}; the bytes in
 * {@code [top, limit)} are zero (pages given back read as zero, reused ones are zeroed by
 * {@link #openWindow}); every
 * object in {@code [current, top)} is complete (descriptor set) except the one being allocated.
 *
 * <p>Settings, read once from the environment at the first allocation: {@code OS2J_MAX_HEAP_SIZE}
 * (bytes, with an optional k, m or g suffix; else the compile option's default, else a quarter of
 * the physical memory as HotSpot's default), {@code OS2J_GC_VERIFY=1} (walk and check the heap and
 * the roots before and after every collection), {@code OS2J_GC_INTERVAL} (collect at least every
 * that many bytes of allocation: for tests, which then collect often). No class initializer: the
 * fields start at zero and the compiler emits no initialization check for this class.
 */
public final class Heap {
    /** The smallest allocation window between two collections. */
    private static final long MINIMUM_WINDOW = 16L << 20;
    /** Room past the maximum for constructing an OutOfMemoryError and its stack trace. */
    static final long EMERGENCY_RESERVE = 1L << 20;
    private static final long DEFAULT_CHUNK = 1L << 20;
    private static final long PAGE_SIZE = 4096;
    /** The compiler's default maximum (--max-heap-size; 0: a quarter of the physical memory). */
    public static final String DEFAULT_MAXIMUM_SYMBOL = "os2j.gc.defaultMaximumHeap";

    private static final int UNINITIALIZED = 0;
    private static final int COLLECTED = 1;
    private static final int UNCOLLECTED = 2;

    private static int state;
    static long current;
    static long other;
    static long maximum;
    private static long interval;
    static boolean verify;
    /**
     * The end of what was written in each space since its pages were last given back: the bytes
     * past it read as zero, those before it must be zeroed before they are allocated again.
     */
    static long currentDirty;
    static long otherDirty;
    /** A space dirtier than this gives its pages back after a collection instead of being zeroed. */
    static final long RELEASE_THRESHOLD = 64L << 20;
    /** Set while an OutOfMemoryError is being made: the window may use the emergency reserve. */
    private static boolean emergency;
    /** Bytes taken from the platform (UNCOLLECTED) or the current window's size (COLLECTED). */
    private static long taken;
    private static long collections;

    private Heap() {
    }

    /** {@code size} zeroed bytes, 8-byte aligned; may collect, which moves objects. */
    public static long allocate(long size) {
        long aligned = (size + ObjectLayout.OBJECT_ALIGNMENT - 1) & -ObjectLayout.OBJECT_ALIGNMENT;
        long address = top();
        if (limit() - address < aligned) {
            return allocateSlowly(aligned);
        }
        setTop(address + aligned);
        return address;
    }

    private static long allocateSlowly(long aligned) {
        if (state == UNINITIALIZED) {
            initialize();
        }
        if (state == UNCOLLECTED) {
            long chunk = aligned > DEFAULT_CHUNK ? (aligned + PAGE_SIZE - 1) & -PAGE_SIZE : DEFAULT_CHUNK;
            long start = Platform.mapMemory(chunk);
            setTop(start);
            setLimit(start + chunk);
            taken += chunk;
        } else if (limit() - top() < aligned) {
            collect(aligned);
        }
        long address = top();
        setTop(address + aligned);
        return address;
    }

    /** Collects, then sizes the window for {@code request} more bytes or throws OutOfMemoryError. */
    private static void collect(long request) {
        if (emergency && top() + request <= current + maximum + EMERGENCY_RESERVE) {
            openWindow(current + maximum + EMERGENCY_RESERVE);
            return; // Making the OutOfMemoryError: no collection in between.
        }
        Collector.collect();
        collections++;
        emergency = false;
        long live = top() - current;
        long window = Math.max(MINIMUM_WINDOW, 2 * live);
        if (interval > 0) {
            window = live + interval;
        }
        window = Math.max(Math.min(window, maximum), live + request);
        if (window > maximum) {
            emergency = true;
            openWindow(current + maximum + EMERGENCY_RESERVE);
            ImplicitExceptions.outOfMemory("Java heap space");
        }
        openWindow(current + window);
        taken = window;
    }

    /** Extends the window to {@code newLimit}, zeroing what an earlier use of the space left in it. */
    static void openWindow(long newLimit) {
        long end = Math.min(newLimit, currentDirty);
        for (long address = top(); address < end; address += 8) {
            Memory.storeLong(address, 0);
        }
        setLimit(newLimit);
    }

    /** Runtime.gc: a collection now (none where the heap is not collected). */
    public static void collectNow() {
        if (state == COLLECTED) {
            collect(0);
        }
    }

    private static void initialize() {
        maximum = Settings.size("OS2J_MAX_HEAP_SIZE", Memory.loadLong(Magic.symbol(DEFAULT_MAXIMUM_SYMBOL)));
        if (maximum <= 0) {
            maximum = Math.max(Platform.physicalMemory() / 4, 64L << 20);
        }
        maximum = (maximum + PAGE_SIZE - 1) & -PAGE_SIZE;
        interval = Settings.size("OS2J_GC_INTERVAL", 0);
        verify = Settings.size("OS2J_GC_VERIFY", 0) != 0;
        long space = maximum + EMERGENCY_RESERVE;
        current = Platform.reserveMemory(space);
        other = current == 0 ? 0 : Platform.reserveMemory(space);
        if (current == 0 || other == 0) {
            state = UNCOLLECTED;
            Settings.reportBadValue();
            return;
        }
        state = COLLECTED;
        currentDirty = current;
        otherDirty = other;
        setTop(current);
        setLimit(current + Math.min(interval > 0 ? interval : MINIMUM_WINDOW, maximum));
        taken = limit() - current;
        Settings.reportBadValue();
    }

    /** The next free byte of the allocation window (AllocationLayout.TOP, which compiled code bumps too). */
    static long top() {
        return Memory.loadLong(Magic.symbol(AllocationLayout.TOP));
    }

    static void setTop(long address) {
        Memory.storeLong(Magic.symbol(AllocationLayout.TOP), address);
    }

    /** The end of the allocation window (AllocationLayout.LIMIT). */
    static long limit() {
        return Memory.loadLong(Magic.symbol(AllocationLayout.LIMIT));
    }

    static void setLimit(long address) {
        Memory.storeLong(Magic.symbol(AllocationLayout.LIMIT), address);
    }

    /** {@code a < b} as unsigned numbers: {@code x - start} below {@code size} tests x in [start, start + size). */
    static boolean unsignedBelow(long a, long b) {
        return a + Long.MIN_VALUE < b + Long.MIN_VALUE;
    }

    /** Runtime.totalMemory: the allocation window (or what the platform gave). */
    public static long totalMemory() {
        return state == COLLECTED ? limit() - current : taken;
    }

    /** Runtime.freeMemory. */
    public static long freeMemory() {
        return limit() - top();
    }

    /** Runtime.maxMemory: the maximum heap size (Long.MAX_VALUE where the heap is not collected). */
    public static long maxMemory() {
        if (state == UNINITIALIZED) {
            initialize();
        }
        return state == COLLECTED ? maximum : Long.MAX_VALUE;
    }

    /** How many collections have run. */
    public static long collections() {
        return collections;
    }
}
