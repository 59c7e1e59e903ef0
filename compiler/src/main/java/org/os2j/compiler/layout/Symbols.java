package org.os2j.compiler.layout;

import org.objectweb.asm.Type;

/**
 * Linker symbol names of the data the compiler generates, in one place. Method symbols are
 * {@link org.os2j.compiler.world.MethodReference#symbol()}.
 */
public final class Symbols {
    private Symbols() {
    }

    /**
     * The descriptor of a class or array type, e.g. {@code .Lclass:java.lang.String}, {@code
     * .Lclass:[I}: a temporary label, as its thousand-odd names would be 5% of hello world's size
     * in {@code .symtab} (the Class object names the class to a reader: its name field).
     */
    public static String descriptor(Type type) {
        String name = type.getSort() == Type.ARRAY ? type.getDescriptor() : type.getClassName();
        return TEMPORARY_PREFIX + "class:" + name;
    }

    /** The block of static fields of a class. */
    public static String statics(String internalName) {
        return "statics:" + internalName.replace('/', '.');
    }

    /** The byte that is non-zero once a class's initialization has started (JVMS 5.5). */
    public static String initializedFlag(String internalName) {
        return "initialized:" + internalName.replace('/', '.');
    }

    /** The generated routine that initializes an enum class and returns its {@code values()} (ClassDescriptorLayout). */
    public static String enumValues(String internalName) {
        return "enumValues:" + internalName.replace('/', '.');
    }

    /** The generated routine that initializes a class (superclass first, then {@code <clinit>}). */
    public static String initializer(String internalName) {
        return "initialize:" + internalName.replace('/', '.');
    }

    /**
     * The prefix of a temporary label: a name a relocation needs but a reader does not (GNU as's
     * {@code .L} convention). The linker leaves such symbols out of the executable's {@code .symtab}
     * (link/SymbolTable), which keeps thousands of numbered image objects out of its size.
     */
    public static final String TEMPORARY_PREFIX = ".L";

    /** A string constant of the image (its {@code value} array is this name plus {@code .value}). */
    public static String string(int number) {
        return TEMPORARY_PREFIX + "string:" + number;
    }

    /** An image text (runtime TextLayout): read-only chars without a String object. */
    public static String text(int number) {
        return TEMPORARY_PREFIX + "text:" + number;
    }

    /** An object of the build-time image heap (heap/BuildTimeInterpreter). */
    public static String heapObject(int number) {
        return TEMPORARY_PREFIX + "heap:" + number;
    }

    public static final String ENTRY = "_start";
    /** The signal handlers' restorer (backend/RuntimeStubs.signalReturn). */
    public static final String SIGNAL_RETURN = "os2j.signalReturn";
    /**
     * The stack _start runs LinuxStack.create on (backend/RuntimeStubs.linuxEntry); on the kernel
     * target, the stack the boot code gives Java (backend/KernelBoot).
     */
    public static final String BOOT_STACK = "os2j.bootStack";
    /** The kernel image's first bytes: Multiboot headers and the boot GDT (backend/KernelBoot). */
    public static final String KERNEL_HEADERS = "os2j.multiboot";
    /** The kernel's 32-bit entry, where Multiboot loaders start it (backend/KernelBoot). */
    public static final String KERNEL_ENTRY = "os2j.boot32";
    /** The boot page tables (backend/KernelBoot). */
    public static final String BOOT_PAGE_TABLES = "os2j.bootPageTables";
}
