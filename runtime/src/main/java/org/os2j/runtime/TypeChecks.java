package org.os2j.runtime;

import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.report.ImplicitExceptions;

/**
 * {@code instanceof}, {@code checkcast} and the {@code aastore} check (JVMS 6.5), in constant time
 * from the descriptor data of {@link ClassDescriptorLayout}: a class target is a range test on
 * class numbers, an interface target one bit of the interface set, an array target the same test
 * on the element types (JLS 10.10: array covariance), and arrays are Objects, Cloneable and
 * Serializable through their number and interface set.
 */
public final class TypeChecks {
    private TypeChecks() {
    }

    public static boolean isInstance(Object object, long descriptor) {
        return object != null && isSubtype(descriptorOf(object), descriptor);
    }

    public static void checkCast(Object object, long descriptor) {
        if (object != null && !isSubtype(descriptorOf(object), descriptor)) {
            ImplicitExceptions.classCast(descriptorOf(object), descriptor);
        }
    }

    /** Throws ArrayStoreException unless {@code value} may be an element of {@code array}. */
    public static void checkArrayStore(Object array, Object value) {
        if (value == null) {
            return;
        }
        long element = Memory.loadLong(descriptorOf(array) + ClassDescriptorLayout.ELEMENT_DESCRIPTOR_OFFSET);
        long type = descriptorOf(value);
        if (!isSubtype(type, element)) {
            ImplicitExceptions.arrayStore(type);
        }
    }

    static long descriptorOf(Object object) {
        return Memory.loadLong(Magic.addressOf(object) + ObjectLayout.DESCRIPTOR_OFFSET);
    }

    /** Whether values of the type described at {@code type} are assignable to {@code target} (JLS 5.2). */
    public static boolean isSubtype(long type, long target) {
        if (type == target) {
            return true;
        }
        int targetFlags = Memory.loadInt(target + ClassDescriptorLayout.FLAGS_OFFSET);
        if ((targetFlags & ClassDescriptorLayout.FLAG_INTERFACE) != 0) {
            int index = Memory.loadInt(target + ClassDescriptorLayout.INTERFACE_INDEX_OFFSET);
            if (index / 8 >= Memory.loadInt(type + ClassDescriptorLayout.INTERFACE_SET_LENGTH_OFFSET)) {
                return false;
            }
            long set = Memory.loadLong(type + ClassDescriptorLayout.INTERFACE_SET_OFFSET);
            return ((Memory.loadByte(set + index / 8) >> (index % 8)) & 1) != 0;
        }
        if ((targetFlags & ClassDescriptorLayout.FLAG_ARRAY) != 0) {
            if ((Memory.loadInt(type + ClassDescriptorLayout.FLAGS_OFFSET) & ClassDescriptorLayout.FLAG_ARRAY) == 0) {
                return false;
            }
            long element = Memory.loadLong(type + ClassDescriptorLayout.ELEMENT_DESCRIPTOR_OFFSET);
            long targetElement = Memory.loadLong(target + ClassDescriptorLayout.ELEMENT_DESCRIPTOR_OFFSET);
            return element != 0 && targetElement != 0 && isSubtype(element, targetElement);
        }
        int number = Memory.loadInt(type + ClassDescriptorLayout.CLASS_NUMBER_OFFSET);
        return Memory.loadInt(target + ClassDescriptorLayout.CLASS_NUMBER_OFFSET) <= number
                && number <= Memory.loadInt(target + ClassDescriptorLayout.LAST_DESCENDANT_OFFSET);
    }
}
