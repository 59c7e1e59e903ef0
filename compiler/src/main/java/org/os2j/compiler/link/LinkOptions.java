package org.os2j.compiler.link;

import java.util.Objects;
import org.os2j.compiler.elf.Elf;

/**
 * What the {@link Linker} produces: the virtual address of the first byte of the file image (the
 * ELF header; a multiple of the page size) and the GLOBAL symbol whose address becomes the entry
 * point.
 */
public record LinkOptions(long baseAddress, String entrySymbol) {
    public LinkOptions {
        Objects.requireNonNull(entrySymbol, "entrySymbol");
        if (entrySymbol.isEmpty()) {
            throw new IllegalArgumentException("empty entry symbol");
        }
        if (baseAddress < 0 || baseAddress % Elf.PAGE_SIZE != 0) {
            throw new IllegalArgumentException("base address 0x" + Long.toHexString(baseAddress)
                    + " is not a non-negative multiple of the page size");
        }
    }

    /** A static Linux x86-64 executable: loaded at 0x400000 (the conventional ld base), entry {@code _start}. */
    public static LinkOptions linuxExecutable() {
        return new LinkOptions(0x400000L, "_start");
    }
}
