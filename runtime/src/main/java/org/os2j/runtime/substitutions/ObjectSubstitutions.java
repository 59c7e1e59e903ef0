package org.os2j.runtime.substitutions;

import org.os2j.runtime.IdentityHashCodes;
import org.os2j.runtime.ObjectCopies;
import org.os2j.runtime.ObjectLayout;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/** java.lang.Object's natives, which the JVM implements (JDK 17 Object.java). */
@TargetClass(Object.class)
final class ObjectSubstitutions {
    /** Native: the object header's descriptor is the Class object (ClassDescriptorLayout). */
    @Substitute(method = "getClass")
    public final Class<?> classOfThis() {
        return (Class<?>) Magic.toObject(Memory.loadLong(Magic.addressOf(this) + ObjectLayout.DESCRIPTOR_OFFSET));
    }

    /** Native: the identity hash code, kept in the header word. */
    @Substitute
    public int hashCode() {
        return IdentityHashCodes.of(this);
    }

    /** Native: a shallow copy of an array or Cloneable instance. */
    @Substitute
    protected Object clone() throws CloneNotSupportedException {
        return ObjectCopies.copy(this);
    }

    /** Native: wakes one thread waiting on this object's monitor; os2j has no other thread to wake. */
    @Substitute(method = "notify")
    public final void wakeOne() {
    }

    /** Native: wakes the threads waiting on this object's monitor; os2j has no other thread to wake. */
    @Substitute(method = "notifyAll")
    public final void wakeAll() {
    }
}
