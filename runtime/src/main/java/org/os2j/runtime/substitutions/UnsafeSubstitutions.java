package org.os2j.runtime.substitutions;

import org.os2j.runtime.ClassDescriptorLayout;
import org.os2j.runtime.ObjectLayout;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/** jdk.internal.misc.Unsafe's natives that its static initializer and the array utilities need: array layout, plain loads. */
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
        return Memory.loadLong(address(base, offset));
    }

    /** Native: a plain load. */
    @Substitute
    public int getInt(Object base, long offset) {
        return Memory.loadInt(address(base, offset));
    }

    /** Native: a plain load. */
    @Substitute
    public short getShort(Object base, long offset) {
        return Memory.loadShort(address(base, offset));
    }

    /** Native: a plain load. */
    @Substitute
    public char getChar(Object base, long offset) {
        return Memory.loadChar(address(base, offset));
    }

    /** Native: a plain load. */
    @Substitute
    public byte getByte(Object base, long offset) {
        return Memory.loadByte(address(base, offset));
    }

    /** Native: the element size, from the array type's descriptor. */
    @Substitute
    private int arrayIndexScale0(Class<?> arrayClass) {
        return 1 << Memory.loadInt(Magic.addressOf(arrayClass) + ClassDescriptorLayout.ELEMENT_SHIFT_OFFSET);
    }
}
