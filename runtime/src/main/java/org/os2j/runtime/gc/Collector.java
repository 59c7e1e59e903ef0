package org.os2j.runtime.gc;

import org.os2j.runtime.ClassDescriptorLayout;
import org.os2j.runtime.ObjectLayout;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.platform.Platform;

/**
 * A copying collection of the whole heap (Cheney's algorithm; docs/GC.md): the objects the roots
 * reach ({@link Roots}: the stack maps of every frame, the static fields, the image objects that
 * can point into the heap) are copied from the current space into the other one, breadth first,
 * each once; a copied object's descriptor word is replaced by its new address with bit 0 set (a
 * forwarding pointer: descriptors are 8-byte aligned, so a descriptor never has it). Then the
 * spaces swap; the old one keeps its pages while they are few (Heap zeroes what it reuses of
 * them, cheaper than faulting fresh pages in) and gives them back to the operating system past
 * {@link Heap#RELEASE_THRESHOLD} (they read as zero when touched again).
 *
 * <p>Requires that nothing else runs (one thread; called only from allocation, a safepoint where
 * every frame is at a call site with a stack map) and that no code holds a heap address in a
 * non-reference value across an allocation. Guarantees that every reference in a root or a copied
 * object points at the copy, that the copies keep their header word (the identity hash code
 * with it), and that the copies are contiguous from the new space's start. Must not allocate.
 */
final class Collector {
    static final long FORWARDED = 1;

    /** The next free byte of the space being copied into. */
    private static long free;
    private static long fromStart;
    private static long fromEnd;

    private Collector() {
    }

    static void collect() {
        if (Heap.verify) {
            HeapVerifier.verify("before a collection");
        }
        fromStart = Heap.current;
        fromEnd = Heap.top();
        long to = Heap.other;
        free = to;
        Roots.visit();
        long scan = to;
        while (scan < free) {
            scan += Roots.visitFields(scan, Roots.COLLECT);
        }
        long fromDirty = Math.max(Heap.currentDirty, fromEnd);
        Heap.other = fromStart;
        Heap.current = to;
        Heap.setTop(free);
        Heap.setLimit(free);
        Heap.currentDirty = Math.max(Heap.otherDirty, free);
        Heap.otherDirty = fromDirty;
        if (fromDirty - fromStart > Heap.RELEASE_THRESHOLD) { // Large: back to the system, to keep memory low.
            Platform.releaseMemory(fromStart, fromDirty - fromStart);
            Heap.otherDirty = fromStart;
        }
        if (Heap.verify) {
            HeapVerifier.verify("after a collection");
        }
    }

    /** Updates the reference in {@code slot} to its object's copy, copying the object the first time. */
    static void visitSlot(long slot) {
        long reference = Memory.loadLong(slot);
        if (Heap.unsignedBelow(reference - fromStart, fromEnd - fromStart)) { // Null and image objects are outside.
            Memory.storeLong(slot, forward(reference));
        }
    }

    private static long forward(long object) {
        long descriptor = Memory.loadLong(object + ObjectLayout.DESCRIPTOR_OFFSET);
        if ((descriptor & FORWARDED) != 0) {
            return descriptor & ~FORWARDED;
        }
        long size = sizeOf(object, descriptor);
        long copy = free;
        for (long offset = 0; offset < size; offset += 8) {
            Memory.storeLong(copy + offset, Memory.loadLong(object + offset));
        }
        free += size;
        Memory.storeLong(object + ObjectLayout.DESCRIPTOR_OFFSET, copy | FORWARDED);
        return copy;
    }

    /** The size in bytes of the object at {@code object}, whose descriptor is given, 8-byte aligned. */
    static long sizeOf(long object, long descriptor) {
        long size;
        if ((Memory.loadInt(descriptor + ClassDescriptorLayout.FLAGS_OFFSET) & ClassDescriptorLayout.FLAG_ARRAY) != 0) {
            int shift = Memory.loadInt(descriptor + ClassDescriptorLayout.ELEMENT_SHIFT_OFFSET);
            size = ObjectLayout.ARRAY_ELEMENTS_OFFSET
                    + ((long) Memory.loadInt(object + ObjectLayout.ARRAY_LENGTH_OFFSET) << shift);
        } else {
            size = Memory.loadInt(descriptor + ClassDescriptorLayout.INSTANCE_SIZE_OFFSET);
        }
        return (size + ObjectLayout.OBJECT_ALIGNMENT - 1) & -ObjectLayout.OBJECT_ALIGNMENT;
    }
}
