package org.os2j.runtime;

/**
 * The layout of every object and array in memory, declared once: the compiler reads these constants
 * when it lays out classes and emits field and array accesses, and the runtime uses them when it
 * allocates and inspects objects.
 *
 * <pre>
 *  offset  0: class descriptor address (8 bytes)     -- see ClassDescriptorLayout
 *  offset  8: header word (8 bytes): bits 0-30 the identity hash code (0 until first asked for);
 *             the rest reserved for the collector and locking
 *  objects:   instance fields from offset 16, superclass fields first
 *  arrays:    offset 16 length (int32), offset 20 padding, elements from offset 24
 * </pre>
 * A reference is the address of offset 0; null is 0. Objects are 8-byte aligned.
 */
public final class ObjectLayout {
    public static final int DESCRIPTOR_OFFSET = 0;
    public static final int HEADER_WORD_OFFSET = 8;
    public static final int HEADER_SIZE = 16;
    /** The identity hash code's bits in the header word: never 0 once assigned. */
    public static final long IDENTITY_HASH_MASK = 0x7fff_ffffL;
    public static final int ARRAY_LENGTH_OFFSET = 16;
    public static final int ARRAY_ELEMENTS_OFFSET = 24;
    public static final int OBJECT_ALIGNMENT = 8;

    private ObjectLayout() {
    }
}
