package org.os2j.runtime;

import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.report.ImplicitExceptions;

/**
 * {@code instanceof} and {@code checkcast} (JVMS 6.5): walks the superclass chain of the object's
 * descriptor. Interfaces and array covariance are not modelled yet: an interface or array target
 * matches only exactly (documented limit; subtype displays replace this walk later).
 */
public final class TypeChecks {
    private TypeChecks() {
    }

    public static boolean isInstance(Object object, long descriptor) {
        if (object == null) {
            return false;
        }
        return isSubtype(Memory.loadLong(Magic.addressOf(object) + ObjectLayout.DESCRIPTOR_OFFSET), descriptor);
    }

    public static void checkCast(Object object, long descriptor) {
        if (object != null && !isSubtype(Memory.loadLong(Magic.addressOf(object) + ObjectLayout.DESCRIPTOR_OFFSET),
                descriptor)) {
            ImplicitExceptions.classCast();
        }
    }

    private static boolean isSubtype(long type, long target) {
        while (type != 0) {
            if (type == target) {
                return true;
            }
            type = Memory.loadLong(type + ClassDescriptorLayout.SUPER_OFFSET);
        }
        return false;
    }
}
