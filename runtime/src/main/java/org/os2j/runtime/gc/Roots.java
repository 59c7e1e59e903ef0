package org.os2j.runtime.gc;

import org.os2j.runtime.ClassDescriptorLayout;
import org.os2j.runtime.HeapRootsLayout;
import org.os2j.runtime.ObjectLayout;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.unwind.CallSites;

/**
 * The roots of a collection, each a slot holding a reference: in every frame on the stack, the
 * slots its call site's stack map names (runtime CallSiteLayout; the frame pointers chain the
 * frames, each frame's return address is a call site of its caller); every static field of
 * reference type; every field and element of the image objects that can point into the heap
 * (HeapRootsLayout). Must not allocate.
 */
final class Roots {
    /** What a visit does with each slot: update it to the copy of its object, or check it. */
    static final int COLLECT = 0;
    static final int VERIFY = 1;

    private Roots() {
    }

    /** Updates every root to the copy of its object (Collector). */
    static void visit() {
        visit(COLLECT);
    }

    static void visit(int action) {
        for (long frame = Magic.framePointer(); frame != 0; frame = Memory.loadLong(frame)) {
            long entry = CallSites.search(Memory.loadLong(frame + 8));
            if (entry == 0) {
                continue; // Not called from compiled code (the entry stubs, a signal frame).
            }
            long caller = Memory.loadLong(frame);
            long map = CallSites.stackMap(entry);
            int slots = Memory.loadInt(map);
            for (int i = 0; i < slots; i++) {
                slot(action, caller + Memory.loadInt(map + 4 + 4L * i));
            }
        }
        long start = Magic.symbol(HeapRootsLayout.STATICS);
        long end = Magic.symbol(HeapRootsLayout.STATICS_END);
        for (long entry = start; entry < end; entry += HeapRootsLayout.ENTRY_SIZE) {
            slot(action, entry + Memory.loadInt(entry));
        }
        start = Magic.symbol(HeapRootsLayout.OBJECTS);
        end = Magic.symbol(HeapRootsLayout.OBJECTS_END);
        for (long entry = start; entry < end; entry += HeapRootsLayout.ENTRY_SIZE) {
            visitFields(entry + Memory.loadInt(entry), action);
        }
    }

    /**
     * Visits every reference field or element of the object at {@code object} (its descriptor's
     * reference map, or every element of an array of references); returns the object's size.
     */
    static long visitFields(long object, int action) {
        long descriptor = Memory.loadLong(object + ObjectLayout.DESCRIPTOR_OFFSET);
        int flags = Memory.loadInt(descriptor + ClassDescriptorLayout.FLAGS_OFFSET);
        if ((flags & ClassDescriptorLayout.FLAG_ARRAY) != 0) {
            if ((flags & ClassDescriptorLayout.FLAG_REFERENCE_ELEMENTS) != 0) {
                int length = Memory.loadInt(object + ObjectLayout.ARRAY_LENGTH_OFFSET);
                long elements = object + ObjectLayout.ARRAY_ELEMENTS_OFFSET;
                for (int i = 0; i < length; i++) {
                    slot(action, elements + 8L * i);
                }
            }
        } else {
            int count = Memory.loadInt(descriptor + ClassDescriptorLayout.REFERENCE_MAP_LENGTH_OFFSET);
            long map = Memory.loadLong(descriptor + ClassDescriptorLayout.REFERENCE_MAP_OFFSET);
            for (int i = 0; i < count; i++) {
                slot(action, object + Memory.loadInt(map + 4L * i));
            }
        }
        return Collector.sizeOf(object, descriptor);
    }

    private static void slot(int action, long slot) {
        if (action == COLLECT) {
            Collector.visitSlot(slot);
        } else {
            HeapVerifier.verifyReference(Memory.loadLong(slot), slot);
        }
    }
}
