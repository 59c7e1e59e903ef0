package org.os2j.runtime;

import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.report.ImplicitExceptions;

/**
 * Object.clone (JLS 10.7, Object.clone's specification): a shallow copy of an array, or of an
 * instance of a class that implements Cloneable; CloneNotSupportedException otherwise. The copy
 * gets a fresh header word (its own identity hash code).
 */
public final class ObjectCopies {
    private ObjectCopies() {
    }

    public static Object copy(Object original) throws CloneNotSupportedException {
        long source = Magic.addressOf(original);
        long descriptor = Memory.loadLong(source + ObjectLayout.DESCRIPTOR_OFFSET);
        long size;
        if ((Memory.loadInt(descriptor + ClassDescriptorLayout.FLAGS_OFFSET) & ClassDescriptorLayout.FLAG_ARRAY) != 0) {
            int length = Memory.loadInt(source + ObjectLayout.ARRAY_LENGTH_OFFSET);
            int shift = Memory.loadInt(descriptor + ClassDescriptorLayout.ELEMENT_SHIFT_OFFSET);
            size = ObjectLayout.ARRAY_ELEMENTS_OFFSET + ((long) length << shift);
        } else {
            if (!TypeChecks.isSubtype(descriptor, Magic.descriptorOf(Cloneable.class))) {
                ImplicitExceptions.cloneNotSupported(descriptor);
            }
            size = Memory.loadInt(descriptor + ClassDescriptorLayout.INSTANCE_SIZE_OFFSET);
        }
        long copy = Allocator.allocateRaw(size);
        source = Magic.addressOf(original); // The allocation may have moved the original.
        Memory.storeLong(copy + ObjectLayout.DESCRIPTOR_OFFSET, descriptor);
        for (long offset = ObjectLayout.HEADER_SIZE; offset + 8 <= size; offset += 8) {
            Memory.storeLong(copy + offset, Memory.loadLong(source + offset));
        }
        for (long offset = size & ~7L; offset < size; offset++) {
            Memory.storeByte(copy + offset, Memory.loadByte(source + offset));
        }
        return Magic.toObject(copy);
    }
}
