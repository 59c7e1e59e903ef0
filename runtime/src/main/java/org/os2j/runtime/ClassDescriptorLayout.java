package org.os2j.runtime;

/**
 * The layout of a class descriptor, the read-only record the compiler emits for every class and
 * array type the program uses and that every object's header points to. Declared once for the
 * compiler (which emits descriptors) and the runtime (which reads them).
 *
 * <pre>
 *  offset  0: superclass descriptor address, 0 for java.lang.Object (arrays: Object's)
 *  offset  8: instance size in bytes (int32; arrays: 0)
 *  offset 12: log2 of the element size (int32; arrays only)
 *  offset 16: element type descriptor address (arrays of references and of arrays; else 0)
 *  offset 24: name as a java.lang.String (address)
 *  offset 32: flags (int32): FLAG_ARRAY, FLAG_INTERFACE, FLAG_REFERENCE_ELEMENTS
 *  offset 36: padding; size 40
 * </pre>
 * Virtual and interface dispatch tables and subtype displays will extend this record.
 */
public final class ClassDescriptorLayout {
    public static final int SUPER_OFFSET = 0;
    public static final int INSTANCE_SIZE_OFFSET = 8;
    public static final int ELEMENT_SHIFT_OFFSET = 12;
    public static final int ELEMENT_DESCRIPTOR_OFFSET = 16;
    public static final int NAME_OFFSET = 24;
    public static final int FLAGS_OFFSET = 32;
    public static final int SIZE = 40;

    public static final int FLAG_ARRAY = 1;
    public static final int FLAG_INTERFACE = 2;
    public static final int FLAG_REFERENCE_ELEMENTS = 4;

    private ClassDescriptorLayout() {
    }
}
