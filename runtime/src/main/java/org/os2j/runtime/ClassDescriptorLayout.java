package org.os2j.runtime;

/**
 * The layout of a class descriptor, the read-only record the compiler emits for every class and
 * array type of the closed world and that every object's header points to. Declared once for the
 * compiler (which emits descriptors) and the runtime (which reads them).
 *
 * <p>The descriptor's address is also the {@code java.lang.Class} object of the type: from offset
 * 0 it is an ordinary object of class Class (header, then Class's own instance fields), so
 * {@code getClass()} is one load. The virtual machine's data lies <em>below</em> that address, at
 * the negative offsets declared here, with the vtable below it:
 *
 * <pre>
 *  -8*(k+1) - VM_SIZE: vtable entry k (code address), k = 0 .. vtable length - 1
 *  -VM_SIZE .. -1    : the fields below
 *  0                 : Class object header (descriptor of java.lang.Class, header word)
 *  16                : java.lang.Class instance fields
 * </pre>
 * Invariants: class numbers are a preorder of the class tree, so {@code C} is a subclass of
 * {@code D} exactly when {@code D.number <= C.number <= D.lastDescendant} (arrays carry Object's
 * number); an interface's index is its bit in every implementing class's interface set; the
 * interface table has an entry for every interface method called on any interface the class
 * implements, at the method's color.
 */
public final class ClassDescriptorLayout {
    /** Superclass descriptor, 0 for java.lang.Object and interfaces (arrays: Object's). */
    public static final int SUPER_OFFSET = -8;
    /** Element type descriptor of an array type, else 0. */
    public static final int ELEMENT_DESCRIPTOR_OFFSET = -16;
    /** Interface dispatch table (code addresses indexed by method color), 0 when none. */
    public static final int INTERFACE_TABLE_OFFSET = -24;
    /** Set of implemented interfaces: a byte array's elements, bit i for the interface with index i. */
    public static final int INTERFACE_SET_OFFSET = -32;
    /** The type's name as Class.getName() gives it (image text, {@link TextLayout}; see {@link ClassNames}). */
    public static final int NAME_OFFSET = -40;
    /** The simple name (Class.getSimpleName(); image text). */
    public static final int SIMPLE_NAME_OFFSET = -48;
    /** Offsets of the reference fields of instances (an int array's elements), 0 when none. */
    public static final int REFERENCE_MAP_OFFSET = -56;
    /** Length in bytes of the interface set (int32). */
    public static final int INTERFACE_SET_LENGTH_OFFSET = -60;
    /**
     * Flags (int32): FLAG_ARRAY, FLAG_INTERFACE, FLAG_REFERENCE_ELEMENTS, FLAG_PRIMITIVE, FLAG_JDK in
     * the low bits; from bit {@link #MODIFIERS_SHIFT} up, the modifiers Class.getModifiers gives.
     */
    public static final int FLAGS_OFFSET = -64;
    /** Instance size in bytes (int32; arrays: 0). */
    public static final int INSTANCE_SIZE_OFFSET = -68;
    /** log2 of the element size (int32; arrays only). */
    public static final int ELEMENT_SHIFT_OFFSET = -72;
    /** Class number in preorder of the class tree (int32). */
    public static final int CLASS_NUMBER_OFFSET = -76;
    /** Largest class number in this class's subtree (int32). */
    public static final int LAST_DESCENDANT_OFFSET = -80;
    /** Index of an interface in the interface sets (int32), -1 for other types. */
    public static final int INTERFACE_INDEX_OFFSET = -84;
    /** Number of reference fields in the reference map (int32). */
    public static final int REFERENCE_MAP_LENGTH_OFFSET = -88;
    /** Descriptor of the array type whose elements are this type, 0 when the program has none (Array.newInstance). */
    public static final int ARRAY_TYPE_OFFSET = -96;
    /**
     * Code of the enum's generated {@code enumValues:C} routine (initializes the class, then returns
     * {@code values()}), 0 for other types: Class.getEnumConstantsShared without reflection.
     */
    public static final int ENUM_VALUES_OFFSET = -104;
    /** Class.getCanonicalName (image text), 0 for local and anonymous classes (JLS 6.7). */
    public static final int CANONICAL_NAME_OFFSET = -112;
    /** The directly implemented interfaces: address of their descriptors (8 bytes each), in declaration order. */
    public static final int INTERFACES_OFFSET = -120;
    /** Their number (int32). */
    public static final int INTERFACES_LENGTH_OFFSET = -124;
    /** Size of the part below the Class object, vtable excluded. */
    public static final int VM_SIZE = 128;

    public static final int FLAG_ARRAY = 1;
    public static final int FLAG_INTERFACE = 2;
    public static final int FLAG_REFERENCE_ELEMENTS = 4;
    public static final int FLAG_PRIMITIVE = 8;
    /** A class of the JDK (module java.base, loader 'bootstrap' in HotSpot's messages). */
    public static final int FLAG_JDK = 16;
    /**
     * Where the class's modifiers start in the flags: as HotSpot computes them, the access flags of
     * the class's own InnerClasses entry if it has one, else of the class file (JVMS 4.1, 4.7.6),
     * without ACC_SUPER; an array's are its element's public, private and protected bits with
     * abstract and final; a primitive type's public, abstract and final (JVMS 15 bits, so they fit).
     */
    public static final int MODIFIERS_SHIFT = 16;

    /** Offset of vtable entry {@code index} from the descriptor address. */
    public static int vtableEntryOffset(int index) {
        return -VM_SIZE - 8 * (index + 1);
    }

    private ClassDescriptorLayout() {
    }
}
