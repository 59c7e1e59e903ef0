package org.os2j.compiler.driver;

/** What the linker produces (BRIEF: linux executable, os2 ring-3 task, bootable kernel). */
public enum Target {
    /** A static x86-64 Linux executable (ET_EXEC) using Linux system calls. */
    LINUX,
    /**
     * A kernel image: freestanding (no system calls), Multiboot 1 and 2 headers, 32-bit entry that
     * enters long mode and the higher half (backend/KernelBoot); its platform layer is
     * runtime/kernel, merged through the substitutions listed for this target.
     */
    KERNEL;

    /** The name on the command line and in runtime resource names: {@code linux}, {@code kernel}. */
    public String spelling() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
