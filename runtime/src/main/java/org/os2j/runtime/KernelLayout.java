package org.os2j.runtime;

/**
 * The kernel target's address space at boot, declared once for the compiler (backend/KernelBoot,
 * the linker's kernel layout) and the runtime (runtime/kernel).
 *
 * <p>A Multiboot loader puts the image at physical {@link #PHYSICAL_LOAD_ADDRESS}; the image is
 * linked at {@code KERNEL_OFFSET + PHYSICAL_LOAD_ADDRESS} (the top 2 GiB, so the kernel code
 * model's sign-extended 32-bit addresses reach it). The boot code maps physical
 * {@code [0, DIRECT_MAP_SIZE)} twice with 2 MiB pages: at 0 (only for the jump into the higher
 * half) and at {@link #KERNEL_OFFSET}, where the kernel reaches every physical address below
 * DIRECT_MAP_SIZE as {@code KERNEL_OFFSET + physical}.
 */
public final class KernelLayout {
    public static final long KERNEL_OFFSET = 0xFFFFFFFF80000000L;
    public static final long PHYSICAL_LOAD_ADDRESS = 0x100000;
    public static final long DIRECT_MAP_SIZE = 1L << 30;
    /** Bytes of the stack the boot code gives Java (in .bss). */
    public static final int BOOT_STACK_SIZE = 256 * 1024;

    /** EAX at entry from a Multiboot 1 loader (Multiboot 0.6.96, 3.2). */
    public static final long MULTIBOOT1_BOOTLOADER_MAGIC = 0x2BADB002L;
    /** EAX at entry from a Multiboot 2 loader (Multiboot2 3.3). */
    public static final long MULTIBOOT2_BOOTLOADER_MAGIC = 0x36D76289L;

    private KernelLayout() {
    }

    /** The kernel's address of physical address {@code physical} (below DIRECT_MAP_SIZE). */
    public static long virtual(long physical) {
        return physical + KERNEL_OFFSET;
    }

    /** The physical address of a kernel address in the higher half. */
    public static long physical(long virtual) {
        return virtual - KERNEL_OFFSET;
    }
}
