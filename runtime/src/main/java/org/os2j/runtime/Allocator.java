package org.os2j.runtime;

import org.os2j.runtime.gc.Heap;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.report.ImplicitExceptions;

/**
 * Object and array allocation, called by compiled {@code new}, {@code newarray}, {@code anewarray}
 * and {@code multianewarray}: zeroed memory from the collected heap ({@link Heap}), so fields and
 * elements start at their default values (JVMS 2.3, 2.4). Any allocation may collect, which moves
 * objects: code here keeps references, never addresses, across one.
 *
 * <p>Has no static initializer, so the compiler never emits a class-initialization check for it.
 */
public final class Allocator {
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
     * {@code newarray} and {@code anewarray} as compiled code calls them: with log2 of the element
     * size, a constant the compiler knows, which lets the backend bump the allocation pointer
     * inline (backend/CallSelection) and call here only when the array does not fit.
     */
    public static Object allocateArray(long descriptor, int length, int elementShift) {
        return allocateArray(descriptor, length);
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
            for (int i = 0; i < length; i++) {
                Object element = allocateLevel(elementDescriptor, dimensions, level + 1);
                // The array's address after the allocation, which may have moved it.
                Memory.storeLong(Magic.arrayElements(array) + 8L * i, Magic.addressOf(element));
            }
        }
        return array;
    }

    /** {@code size} zeroed bytes for an object the caller fills in (Object.clone), 8-byte aligned. */
    static long allocateRaw(long size) {
        return allocate(size);
    }

    /** Bytes of the heap's current allocation window (Runtime.totalMemory). */
    public static long totalMemory() {
        return Heap.totalMemory();
    }

    /** Bytes left in it (Runtime.freeMemory). */
    public static long freeMemory() {
        return Heap.freeMemory();
    }

    /** Runtime.gc: collects the whole heap now. */
    public static void collect() {
        Heap.collectNow();
    }

    /** The maximum heap size (Runtime.maxMemory). */
    public static long maxMemory() {
        return Heap.maxMemory();
    }

    private static long allocate(long size) {
        return Heap.allocate(size);
    }
}
