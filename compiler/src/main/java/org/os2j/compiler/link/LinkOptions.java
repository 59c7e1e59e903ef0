package org.os2j.compiler.link;

import java.util.Objects;
import org.os2j.compiler.elf.Elf;
import org.os2j.runtime.KernelLayout;

/**
 * What the {@link Linker} produces: the virtual address of the first byte of the file image (the
 * ELF header; a multiple of the page size, in the higher half for a kernel), the GLOBAL symbol
 * whose address becomes the entry point, and the difference between virtual and physical (load)
 * addresses: 0 for a Linux executable; for a kernel, whose loader enters it at a physical address
 * with paging off, {@code p_paddr} and {@code e_entry} are physical.
 */
public record LinkOptions(long baseAddress, String entrySymbol, long physicalOffset) {
    public LinkOptions {
        Objects.requireNonNull(entrySymbol, "entrySymbol");
        if (entrySymbol.isEmpty()) {
            throw new IllegalArgumentException("empty entry symbol");
        }
        if (Math.floorMod(baseAddress, Elf.PAGE_SIZE) != 0 || Math.floorMod(physicalOffset, Elf.PAGE_SIZE) != 0) {
            throw new IllegalArgumentException("base address 0x" + Long.toHexString(baseAddress)
                    + " or physical offset 0x" + Long.toHexString(physicalOffset) + " is not a multiple of the page size");
        }
    }

    public LinkOptions(long baseAddress, String entrySymbol) {
        this(baseAddress, entrySymbol, 0);
    }

    /** A static Linux x86-64 executable: loaded at 0x400000 (the conventional ld base), entry {@code _start}. */
    public static LinkOptions linuxExecutable() {
        return new LinkOptions(0x400000L, "_start");
    }

    /** A kernel image: loaded at physical 1 MiB, linked in the higher half (runtime KernelLayout). */
    public static LinkOptions kernelImage() {
        return new LinkOptions(KernelLayout.virtual(KernelLayout.PHYSICAL_LOAD_ADDRESS), "os2j.boot32",
                KernelLayout.KERNEL_OFFSET);
    }
}
