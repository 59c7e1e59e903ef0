package org.os2j.runtime.substitutions;

import org.os2j.runtime.ClassDescriptorLayout;
import org.os2j.runtime.VarHandleAccess;
import org.os2j.runtime.ObjectLayout;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/**
 * jdk.internal.misc.Unsafe's natives: array layout, loads and stores at an offset, and the atomic
 * operations the JDK's concurrent code uses. os2j runs one thread, so a volatile access is a plain
 * one and a compare-and-set is a load, a compare and a store (none can be interrupted by another
 * Java thread; the kernel target never runs Java code from an interrupt handler between them).
 * Field offsets with literal arguments are folded at compile time (IR field.offset).
 */
@TargetClass(className = "jdk.internal.misc.Unsafe")
final class UnsafeSubstitutions {
    /** Native: registers the JVM's natives for Unsafe; os2j binds them at compile time (these substitutions). */
    @Substitute
    private static void registerNatives() {
    }

    /** Native: where array elements start (ObjectLayout), the same for every array type. */
    @Substitute
    private int arrayBaseOffset0(Class<?> arrayClass) {
        return ObjectLayout.ARRAY_ELEMENTS_OFFSET;
    }

    /** The address Unsafe means: a field or element offset in {@code base}, or an absolute address when null. */
    private static long address(Object base, long offset) {
        return base == null ? offset : Magic.addressOf(base) + offset;
    }

    /** Native: a plain load (ArraysSupport.mismatch reads arrays eight bytes at a time with it). */
    @Substitute
    public long getLong(Object base, long offset) {
        return VarHandleAccess.getLong(null, base, offset);
    }

    /** Native: a plain load. */
    @Substitute
    public int getInt(Object base, long offset) {
        return VarHandleAccess.getInt(null, base, offset);
    }

    /** Native: a plain load. */
    @Substitute
    public short getShort(Object base, long offset) {
        return VarHandleAccess.getShort(null, base, offset);
    }

    /** Native: a plain load. */
    @Substitute
    public char getChar(Object base, long offset) {
        return VarHandleAccess.getChar(null, base, offset);
    }

    /** Native: a plain load. */
    @Substitute
    public byte getByte(Object base, long offset) {
        return VarHandleAccess.getByte(null, base, offset);
    }

    /** Native: the element size, from the array type's descriptor. */
    @Substitute
    private int arrayIndexScale0(Class<?> arrayClass) {
        return 1 << Memory.loadInt(Magic.addressOf(arrayClass) + ClassDescriptorLayout.ELEMENT_SHIFT_OFFSET);
    }

    /** Native: a plain load (one thread: volatile is plain). */
    @Substitute
    public int getIntVolatile(Object base, long offset) {
        return VarHandleAccess.getInt(null, base, offset);
    }

    /** Native: a plain store. */
    @Substitute
    public void putIntVolatile(Object base, long offset, int value) {
        VarHandleAccess.setInt(null, base, value, offset);
    }

    /** Native: a plain load (one thread: volatile is plain). */
    @Substitute
    public long getLongVolatile(Object base, long offset) {
        return VarHandleAccess.getLong(null, base, offset);
    }

    /** Native: a plain store. */
    @Substitute
    public void putLongVolatile(Object base, long offset, long value) {
        VarHandleAccess.setLong(null, base, value, offset);
    }

    /** Native: a plain load (one thread: volatile is plain). */
    @Substitute
    public Object getReferenceVolatile(Object base, long offset) {
        return VarHandleAccess.getReference(null, base, offset);
    }

    /** Native: a plain store. */
    @Substitute
    public void putReferenceVolatile(Object base, long offset, Object value) {
        VarHandleAccess.setReference(null, base, value, offset);
    }

    /** Native: a plain load. */
    @Substitute
    public Object getReference(Object base, long offset) {
        return VarHandleAccess.getReference(null, base, offset);
    }

    /** Native: a plain store. */
    @Substitute
    public void putReference(Object base, long offset, Object value) {
        VarHandleAccess.setReference(null, base, value, offset);
    }

    /** Native: one thread, so compare then store. */
    @Substitute
    public boolean compareAndSetInt(Object base, long offset, int expected, int value) {
        return VarHandleAccess.compareAndSetInt(null, base, expected, value, offset);
    }

    /** Native: one thread, so compare then store. */
    @Substitute
    public boolean compareAndSetLong(Object base, long offset, long expected, long value) {
        return VarHandleAccess.compareAndSetLong(null, base, expected, value, offset);
    }

    /** Native: one thread, so compare then store. */
    @Substitute
    public boolean compareAndSetReference(Object base, long offset, Object expected, Object value) {
        return VarHandleAccess.compareAndSetReference(null, base, expected, value, offset);
    }

    /** Native: one thread, so load, compare, store. */
    @Substitute
    public int compareAndExchangeInt(Object base, long offset, int expected, int value) {
        return VarHandleAccess.compareAndExchangeInt(null, base, expected, value, offset);
    }

    /** Native: one thread, so load, compare, store. */
    @Substitute
    public long compareAndExchangeLong(Object base, long offset, long expected, long value) {
        return VarHandleAccess.compareAndExchangeLong(null, base, expected, value, offset);
    }

    /** Native: one thread, so load, compare, store. */
    @Substitute
    public Object compareAndExchangeReference(Object base, long offset, Object expected, Object value) {
        return VarHandleAccess.compareAndExchangeReference(null, base, expected, value, offset);
    }

    /** Native: one thread on x86-64 (total store order) needs no fence. */
    @Substitute
    public void fullFence() {
    }

    /** Native: one thread needs no fence. */
    @Substitute
    public void loadFence() {
    }

    /** Native: one thread needs no fence. */
    @Substitute
    public void storeFence() {
    }

    /** Native: a plain store. */
    @Substitute
    public void putLong(Object base, long offset, long value) {
        VarHandleAccess.setLong(null, base, value, offset);
    }

    /** Native: a plain store. */
    @Substitute
    public void putInt(Object base, long offset, int value) {
        VarHandleAccess.setInt(null, base, value, offset);
    }

    /** Native: a plain store. */
    @Substitute
    public void putShort(Object base, long offset, short value) {
        VarHandleAccess.setShort(null, base, value, offset);
    }

    /** Native: a plain store. */
    @Substitute
    public void putChar(Object base, long offset, char value) {
        VarHandleAccess.setChar(null, base, value, offset);
    }

    /** Native: a plain store. */
    @Substitute
    public void putByte(Object base, long offset, byte value) {
        VarHandleAccess.setByte(null, base, value, offset);
    }

    /**
     * Native: blocks the thread until unpark; with one thread nothing could unpark it, so this
     * returns at once, which park's contract allows ("for no reason"); callers re-check and loop.
     */
    @Substitute
    public void park(boolean isAbsolute, long time) {
    }

    /** Native: makes a parked thread runnable; none is ever parked. */
    @Substitute
    public void unpark(Object thread) {
    }

    /** Native: copies {@code bytes} bytes (the caller checked the ranges); overlapping ranges copy as memmove. */
    @Substitute
    private void copyMemory0(Object sourceBase, long sourceOffset, Object destinationBase, long destinationOffset,
                             long bytes) {
        org.os2j.runtime.ArrayCopy.move(address(sourceBase, sourceOffset), address(destinationBase, destinationOffset),
                bytes);
    }

    /** Native: copies {@code bytes} bytes as elements of {@code elementSize} bytes, reversing each one's byte order. */
    @Substitute
    private void copySwapMemory0(Object sourceBase, long sourceOffset, Object destinationBase, long destinationOffset,
                                 long bytes, long elementSize) {
        long from = address(sourceBase, sourceOffset);
        long to = address(destinationBase, destinationOffset);
        for (long element = 0; element < bytes; element += elementSize) {
            for (long i = 0; i < elementSize; i++) {
                Memory.storeByte(to + element + i, Memory.loadByte(from + element + elementSize - 1 - i));
            }
        }
    }
}
