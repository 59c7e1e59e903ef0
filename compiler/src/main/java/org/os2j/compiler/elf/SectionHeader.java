package org.os2j.compiler.elf;

/**
 * One section header table entry, {@code Elf64_Shdr} (ELF-64 Object File Format §4, Figure 3;
 * gABI "Sections"): field offsets and sizes, and a writer. Index 0 of every table is the all-zero
 * {@link #NULL} entry.
 */
public record SectionHeader(int name, int type, long flags, long address, long offset, long size,
                            int link, int info, long addressAlignment, long entrySize) {
    public static final int SIZE = 64;
    public static final int SH_NAME = 0;       // Elf64_Word: offset in the section name string table
    public static final int SH_TYPE = 4;       // Elf64_Word
    public static final int SH_FLAGS = 8;      // Elf64_Xword
    public static final int SH_ADDR = 16;      // Elf64_Addr
    public static final int SH_OFFSET = 24;    // Elf64_Off
    public static final int SH_SIZE = 32;      // Elf64_Xword
    public static final int SH_LINK = 40;      // Elf64_Word
    public static final int SH_INFO = 44;      // Elf64_Word
    public static final int SH_ADDRALIGN = 48; // Elf64_Xword
    public static final int SH_ENTSIZE = 56;   // Elf64_Xword

    /** The reserved entry at index 0 (SHN_UNDEF). */
    public static final SectionHeader NULL = new SectionHeader(0, Elf.SHT_NULL, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Appends this entry to {@code out}. */
    public void append(ElfBuffer out) {
        int at = out.reserve(SIZE);
        out.putU32(at + SH_NAME, name);
        out.putU32(at + SH_TYPE, type);
        out.putU64(at + SH_FLAGS, flags);
        out.putU64(at + SH_ADDR, address);
        out.putU64(at + SH_OFFSET, offset);
        out.putU64(at + SH_SIZE, size);
        out.putU32(at + SH_LINK, link);
        out.putU32(at + SH_INFO, info);
        out.putU64(at + SH_ADDRALIGN, addressAlignment);
        out.putU64(at + SH_ENTSIZE, entrySize);
    }
}
