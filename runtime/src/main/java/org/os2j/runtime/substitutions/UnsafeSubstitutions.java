package org.os2j.runtime.substitutions;

import org.os2j.runtime.ClassDescriptorLayout;
import org.os2j.runtime.ObjectLayout;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/** jdk.internal.misc.Unsafe's natives that its static initializer needs (array layout). */
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

    /** Native: the element size, from the array type's descriptor. */
    @Substitute
    private int arrayIndexScale0(Class<?> arrayClass) {
        return 1 << Memory.loadInt(Magic.addressOf(arrayClass) + ClassDescriptorLayout.ELEMENT_SHIFT_OFFSET);
    }
}
