package org.os2j.runtime;

/**
 * The compiler's tables of the roots outside the stack, declared once for the compiler
 * (layout/ImageData, which emits them) and the collector (gc/Roots, which reads them). Both are
 * arrays of int32 self-relative addresses (R_X86_64_PC32), so they need no load-time relocation:
 * <ul>
 *   <li>{@link #STATICS} to {@link #STATICS_END}: every static field of reference type (its slot
 *       in its class's static block);</li>
 *   <li>{@link #OBJECTS} to {@link #OBJECTS_END}: every object of the image (build-time heap
 *       objects, Class objects) that has reference fields or elements a program can change, so
 *       that can point into the collected heap. Strings are left out: their one reference, the
 *       final {@code value}, is an image array.</li>
 * </ul>
 */
public final class HeapRootsLayout {
    public static final String STATICS = "os2j.gc.statics";
    public static final String STATICS_END = "os2j.gc.statics.end";
    public static final String OBJECTS = "os2j.gc.objects";
    public static final String OBJECTS_END = "os2j.gc.objects.end";
    public static final int ENTRY_SIZE = 4;

    private HeapRootsLayout() {
    }
}
