package org.os2j.runtime.gc;

import org.os2j.runtime.ClassDescriptorLayout;
import org.os2j.runtime.ObjectLayout;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.platform.Platform;

/**
 * The collector's verification mode (OS2J_GC_VERIFY=1; the tests run with it): before and after
 * every collection, walks the current space object by object and checks that each has a plausible
 * descriptor, that every reference in an object or a root is null, an image object, or the start
 * of an object of the current space, and that none points into the other space. The object starts
 * are marked in a bitmap in the other space (one bit per 8 bytes), which is given back after. A
 * failure prints what is wrong and ends the program with status 70 (EX_SOFTWARE). Must not
 * allocate until it fails.
 */
final class HeapVerifier {
    private static final int FAILURE_STATUS = 70;
    private static String phase;
    private static long bitmap;

    private HeapVerifier() {
    }

    static void verify(String when) {
        phase = when;
        bitmap = Heap.other;
        long bitmapBytes = ((Heap.top() - Heap.current) / 64 + 8) & -8L;
        for (long object = Heap.current; object < Heap.top(); ) {
            long descriptor = Memory.loadLong(object + ObjectLayout.DESCRIPTOR_OFFSET);
            if (!plausibleDescriptor(descriptor)) {
                fail("an object without a valid descriptor", object, descriptor);
            }
            long offset = (object - Heap.current) >>> 3;
            long word = bitmap + (offset >>> 6) * 8;
            Memory.storeLong(word, Memory.loadLong(word) | 1L << (offset & 63));
            object += Collector.sizeOf(object, descriptor);
            if (object > Heap.top()) {
                fail("an object past the allocation top", object, Heap.top());
            }
        }
        for (long object = Heap.current; object < Heap.top(); ) {
            object += Roots.visitFields(object, Roots.VERIFY);
        }
        Roots.visit(Roots.VERIFY);
        Platform.releaseMemory(bitmap, bitmapBytes);
    }

    /** Checks one reference, found at {@code slot}. */
    static void verifyReference(long reference, long slot) {
        if (reference == 0) {
            return;
        }
        if (Heap.unsignedBelow(reference - Heap.other, Heap.maximum)) {
            fail("a reference into the space not in use", slot, reference);
        }
        if (Heap.unsignedBelow(reference - Heap.current, Heap.maximum)) {
            long offset = (reference - Heap.current) >>> 3;
            if (reference >= Heap.top() || (reference & 7) != 0
                    || (Memory.loadLong(bitmap + (offset >>> 6) * 8) & 1L << (offset & 63)) == 0) {
                fail("a reference to no object of the heap", slot, reference);
            }
        } else if (!plausibleDescriptor(Memory.loadLong(reference + ObjectLayout.DESCRIPTOR_OFFSET))) {
            fail("a reference to an image object without a valid descriptor", slot, reference);
        }
    }

    private static boolean plausibleDescriptor(long descriptor) {
        if (descriptor == 0 || (descriptor & 7) != 0 || Heap.unsignedBelow(descriptor - Heap.current, Heap.maximum)
                || Heap.unsignedBelow(descriptor - Heap.other, Heap.maximum)) {
            return false;
        }
        int flags = Memory.loadInt(descriptor + ClassDescriptorLayout.FLAGS_OFFSET);
        int size = Memory.loadInt(descriptor + ClassDescriptorLayout.INSTANCE_SIZE_OFFSET);
        return (flags & ClassDescriptorLayout.FLAG_ARRAY) != 0 || size >= ObjectLayout.HEADER_SIZE && size < 1 << 24;
    }

    private static void fail(String what, long where, long value) {
        Heap.openWindow(Heap.current + Heap.maximum + Heap.EMERGENCY_RESERVE); // Room for the report, without collecting.
        String text = "os2j: heap verification failed " + phase + ": " + what + " at 0x" + Long.toHexString(where)
                + " (0x" + Long.toHexString(value) + ")\n";
        byte[] message = new byte[text.length()]; // ASCII, without the charset machinery (its objects may be the broken ones).
        for (int i = 0; i < message.length; i++) {
            message[i] = (byte) text.charAt(i);
        }
        Platform.write(2, message, 0, message.length);
        Platform.exit(FAILURE_STATUS);
    }
}
