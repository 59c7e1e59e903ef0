package org.os2j.runtime.substitutions;

import org.os2j.runtime.ClassDescriptorLayout;
import org.os2j.runtime.ClassNames;
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

    /** Native: the modifiers the compiler recorded in the descriptor's flags (ClassDescriptorLayout.MODIFIERS_SHIFT). */
    @Substitute
    public int getModifiers() {
        return flags(this) >>> ClassDescriptorLayout.MODIFIERS_SHIFT;
    }

    /** Native: registers the JVM's natives for Class; os2j binds them at compile time (these substitutions). */
    @Substitute
    private static void registerNatives() {
    }

    /** Native: the name the compiler recorded in the descriptor. */
    @Substitute
    private String initClassName() {
        // Interned, as HotSpot's: String.class.getName() == "java.lang.String".
        String recorded = ClassNames.name(descriptor(this)).intern();
        name = recorded;
        return recorded;
    }

    /** Reads reflection data and InnerClasses through natives: the compiler records the simple name instead. */
    @Substitute
    public String getSimpleName() {
        return ClassNames.simpleName(descriptor(this));
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
        return descriptor(other) == descriptor(this) // a primitive type's class-number range is empty
                || TypeChecks.isSubtype(descriptor(other), descriptor(this));
    }

    /** Reflection data and enclosing-class natives: the compiler records the canonical name (null when there is none). */
    @Substitute
    public String getCanonicalName() {
        return ClassNames.canonicalName(descriptor(this));
    }

    /** Native: the direct interfaces the compiler recorded (those of the closed world). */
    @Substitute
    private Class<?>[] getInterfaces0() {
        int count = Memory.loadInt(descriptor(this) + ClassDescriptorLayout.INTERFACES_LENGTH_OFFSET);
        long list = Memory.loadLong(descriptor(this) + ClassDescriptorLayout.INTERFACES_OFFSET);
        Class<?>[] interfaces = new Class<?>[count];
        for (int i = 0; i < count; i++) {
            interfaces[i] = (Class<?>) Magic.toObject(Memory.loadLong(list + 8L * i));
        }
        return interfaces;
    }

    /** Cached in reflection data behind a SoftReference (java.lang.ref, threads): read directly instead. */
    @Substitute
    public Class<?>[] getInterfaces() {
        return getInterfaces0();
    }

    /** Generic signatures are not recorded: the raw interfaces (the JDK's answer for a class without a signature). */
    @Substitute
    public java.lang.reflect.Type[] getGenericInterfaces() {
        return getInterfaces0();
    }

    /**
     * Native: the descriptors of the primitive types the compiler emits (".Lclass:int", ...: the
     * compiler's layout/Symbols.descriptor names, temporary labels left out of the executable's .symtab).
     */
    @Substitute
    static Class<?> getPrimitiveClass(String name) {
        long descriptor = switch (name) {
            case "boolean" -> Magic.symbol(".Lclass:boolean");
            case "byte" -> Magic.symbol(".Lclass:byte");
            case "char" -> Magic.symbol(".Lclass:char");
            case "short" -> Magic.symbol(".Lclass:short");
            case "int" -> Magic.symbol(".Lclass:int");
            case "long" -> Magic.symbol(".Lclass:long");
            case "float" -> Magic.symbol(".Lclass:float");
            case "double" -> Magic.symbol(".Lclass:double");
            case "void" -> Magic.symbol(".Lclass:void");
            default -> 0;
        };
        return (Class<?>) Magic.toObject(descriptor);
    }

    /** Native: os2j has no hidden classes (lambda classes are ordinary ones, hidden only from stack traces). */
    @Substitute
    public boolean isHidden() {
        return false;
    }

    /**
     * Reflection (the enum's values() through Method.invoke): the compiler's enumValues:C routine
     * in the descriptor instead, which initializes the class and calls values(). Null for a class
     * that is not an enum, as the JDK returns.
     */
    @Substitute
    Object[] getEnumConstantsShared() {
        long values = Memory.loadLong(descriptor(this) + ClassDescriptorLayout.ENUM_VALUES_OFFSET);
        return values == 0 ? null : (Object[]) Magic.callAddressReturningObject(values);
    }

    /** Native: the superclass descriptor, null for Object, interfaces and primitive types. */
    @Substitute
    public Class<?> getSuperclass() {
        return (Class<?>) Magic.toObject(Memory.loadLong(descriptor(this) + ClassDescriptorLayout.SUPER_OFFSET));
    }

    /**
     * Loads a class by name through a class loader (the native forName0): a closed world has no
     * loading by name, so this is ClassNotFoundException, as for a class not on the class path.
     */
    @Substitute
    public static Class<?> forName(String className) throws ClassNotFoundException {
        throw new ClassNotFoundException(className);
    }

    /** As {@link #forName(String)}. */
    @Substitute
    public static Class<?> forName(String name, boolean initialize, ClassLoader loader) throws ClassNotFoundException {
        throw new ClassNotFoundException(name);
    }

    /** Reflective construction (a Constructor found through reflection data): not supported. */
    @Substitute
    public Object newInstance() throws InstantiationException {
        throw new InstantiationException(((Class<?>) (Object) this).getName() + " (os2j compiles no constructor for reflective use)");
    }

    /**
     * A resource beside the class (a JDK data file, a class-path file), found through the class's
     * loader and module: a closed world carries no resources, so none is found, as for a missing one.
     */
    @Substitute
    public java.io.InputStream getResourceAsStream(String name) {
        return null;
    }

    /** As getResourceAsStream: no resource is found. */
    @Substitute
    public java.net.URL getResource(String name) {
        return null;
    }
}
