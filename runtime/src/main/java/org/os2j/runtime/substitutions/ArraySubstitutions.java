package org.os2j.runtime.substitutions;

import java.lang.reflect.Array;
import org.os2j.runtime.Allocator;
import org.os2j.runtime.ClassDescriptorLayout;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/** java.lang.reflect.Array's allocation native (Array.newInstance, which Arrays.copyOf uses). */
@TargetClass(Array.class)
final class ArraySubstitutions {
    /** Native: allocates through the array type's descriptor, which the component type's descriptor names. */
    @Substitute
    private static Object newArray(Class<?> componentType, int length) {
        long arrayType = Memory.loadLong(Magic.addressOf(componentType) + ClassDescriptorLayout.ARRAY_TYPE_OFFSET);
        if (arrayType == 0) {
            throw new IllegalArgumentException("os2j: the program has no array type of " + componentType.getName());
        }
        return Allocator.allocateArray(arrayType, length);
    }
}
