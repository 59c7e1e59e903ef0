package org.os2j.runtime.substitutions;

import org.os2j.runtime.ClassDescriptorLayout;
import org.os2j.runtime.TypeChecks;
import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/**
 * java.lang.Class's natives over the data of its descriptor, which is the Class object itself
 * (ClassDescriptorLayout): the JVM keeps this data, so the JDK's Class reads it through natives.
 */
@TargetClass(Class.class)
final class ClassSubstitutions {
    /** Class's cache of its name, which getName() fills through initClassName(). */
    @Alias
    private transient String name;

    private static long descriptor(Object type) {
        return Magic.addressOf(type);
    }

    private static int flags(Object type) {
        return Memory.loadInt(descriptor(type) + ClassDescriptorLayout.FLAGS_OFFSET);
    }

    /** Native: registers the JVM's natives for Class; os2j binds them at compile time (these substitutions). */
    @Substitute
    private static void registerNatives() {
    }

    /** Native: the name the compiler recorded in the descriptor. */
    @Substitute
    private String initClassName() {
        String recorded = (String) Magic.toObject(Memory.loadLong(descriptor(this) + ClassDescriptorLayout.NAME_OFFSET));
        name = recorded;
        return recorded;
    }

    /** Reads reflection data and InnerClasses through natives: the compiler records the simple name instead. */
    @Substitute
    public String getSimpleName() {
        return (String) Magic.toObject(Memory.loadLong(descriptor(this) + ClassDescriptorLayout.SIMPLE_NAME_OFFSET));
    }

    /** Native. */
    @Substitute
    public boolean isInterface() {
        return (flags(this) & ClassDescriptorLayout.FLAG_INTERFACE) != 0;
    }

    /** Native. */
    @Substitute
    public boolean isArray() {
        return (flags(this) & ClassDescriptorLayout.FLAG_ARRAY) != 0;
    }

    /** Native. */
    @Substitute
    public boolean isPrimitive() {
        return (flags(this) & ClassDescriptorLayout.FLAG_PRIMITIVE) != 0;
    }

    /** Native: the constant-time subtype test. */
    @Substitute
    public boolean isInstance(Object object) {
        return TypeChecks.isInstance(object, descriptor(this));
    }

    /** Native: the constant-time subtype test. */
    @Substitute
    public boolean isAssignableFrom(Class<?> other) {
        if (other == null) {
            throw new NullPointerException();
        }
        return TypeChecks.isSubtype(descriptor(other), descriptor(this));
    }

    /** Native: the superclass descriptor, null for Object, interfaces and primitive types. */
    @Substitute
    public Class<?> getSuperclass() {
        return (Class<?>) Magic.toObject(Memory.loadLong(descriptor(this) + ClassDescriptorLayout.SUPER_OFFSET));
    }
}
