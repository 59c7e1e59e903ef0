package org.os2j.runtime;

import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.platform.Platform;
import org.os2j.runtime.report.ImplicitExceptions;

/**
 * Object and array allocation, called by compiled {@code new}, {@code newarray}, {@code anewarray}
 * and {@code multianewarray}. For now a bump allocator over chunks from the platform layer: memory
 * comes zeroed from the system and is never reused, so fields and elements start at their default
 * values (JVMS 2.3, 2.4). The garbage collector replaces this in a later issue.
 *
 * <p>Must not allocate itself, and has no static initializer (its fields start at zero), so the
 * compiler never emits a class-initialization check for it.
 */
public final class Allocator {
    private static final long CHUNK_SIZE = 1L << 20;
    private static final long PAGE_SIZE = 4096;

    /** The next free byte of the current chunk; 8-byte aligned. */
    private static long next;
    /** The end of the current chunk; {@code next <= limit}. */
    private static long limit;
    /** Bytes taken from the platform so far (Runtime.totalMemory). */
    private static long taken;

    private Allocator() {
    }

    /** A zeroed instance of the class whose descriptor is at {@code descriptor}, {@code size} bytes. */
    public static Object allocateInstance(long descriptor, long size) {
        long address = allocate(size);
        Memory.storeLong(address + ObjectLayout.DESCRIPTOR_OFFSET, descriptor);
        return Magic.toObject(address);
    }

    /** A zeroed array of {@code length} elements of the array type whose descriptor is given. */
    public static Object allocateArray(long descriptor, int length) {
        if (length < 0) {
            ImplicitExceptions.negativeArraySize(length);
        }
        int shift = Memory.loadInt(descriptor + ClassDescriptorLayout.ELEMENT_SHIFT_OFFSET);
        long address = allocate(ObjectLayout.ARRAY_ELEMENTS_OFFSET + ((long) length << shift));
        Memory.storeLong(address + ObjectLayout.DESCRIPTOR_OFFSET, descriptor);
        Memory.storeInt(address + ObjectLayout.ARRAY_LENGTH_OFFSET, length);
        return Magic.toObject(address);
    }

    /**
     * {@code multianewarray}: the first {@code dimensions.length} levels allocated, deeper levels
     * null (JVMS 6.5 multianewarray). Every count is checked before anything is allocated.
     */
    public static Object allocateMultiArray(long descriptor, int[] dimensions) {
        for (int i = 0; i < dimensions.length; i++) {
            if (dimensions[i] < 0) {
                ImplicitExceptions.negativeArraySize(dimensions[i]);
            }
        }
        return allocateLevel(descriptor, dimensions, 0);
    }

    private static Object allocateLevel(long descriptor, int[] dimensions, int level) {
        int length = dimensions[level];
        Object array = allocateArray(descriptor, length);
        if (level + 1 < dimensions.length) {
            long elementDescriptor = Memory.loadLong(descriptor + ClassDescriptorLayout.ELEMENT_DESCRIPTOR_OFFSET);
            long elements = Magic.arrayElements(array);
            for (int i = 0; i < length; i++) {
                Object element = allocateLevel(elementDescriptor, dimensions, level + 1);
                Memory.storeLong(elements + 8L * i, Magic.addressOf(element));
            }
        }
        return array;
    }

    /** {@code size} zeroed bytes for an object the caller fills in (Object.clone), 8-byte aligned. */
    static long allocateRaw(long size) {
        return allocate(size);
    }

    /** Bytes taken from the platform (Runtime.totalMemory). */
    public static long totalMemory() {
        return taken;
    }

    /** Bytes taken and not yet handed out (Runtime.freeMemory): the rest of the current chunk. */
    public static long freeMemory() {
        return limit - next;
    }

    private static long allocate(long size) {
        long aligned = (size + ObjectLayout.OBJECT_ALIGNMENT - 1) & -ObjectLayout.OBJECT_ALIGNMENT;
        if (limit - next < aligned) {
            long chunk = aligned > CHUNK_SIZE ? (aligned + PAGE_SIZE - 1) & -PAGE_SIZE : CHUNK_SIZE;
            next = Platform.mapMemory(chunk);
            limit = next + chunk;
            taken += chunk;
        }
        long address = next;
        next += aligned;
        return address;
    }
}
