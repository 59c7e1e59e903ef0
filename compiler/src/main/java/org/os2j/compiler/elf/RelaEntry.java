package org.os2j.compiler.elf;

/**
 * One relocation entry with addend, {@code Elf64_Rela} (ELF-64 Object File Format §7, Figure 5;
 * gABI "Relocation"; x86-64 uses RELA only, psABI §4.4): field offsets and sizes, and a writer.
 */
public record RelaEntry(long offset, int symbolIndex, int type, long addend) {
    public static final int SIZE = 24;
    public static final int R_OFFSET = 0;  // Elf64_Addr: section offset (ET_REL) or address
    public static final int R_INFO = 8;    // Elf64_Xword: symbol index << 32 | type
    public static final int R_ADDEND = 16; // Elf64_Sxword
    /** Alignment of a relocation section. */
    public static final int ALIGNMENT = 8;

    /** Appends this entry to {@code out}. */
    public void append(ElfBuffer out) {
        int at = out.reserve(SIZE);
        out.putU64(at + R_OFFSET, offset);
        out.putU64(at + R_INFO, Elf.rInfo(symbolIndex, type));
        out.putU64(at + R_ADDEND, addend);
    }
}
