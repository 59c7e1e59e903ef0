package org.os2j.compiler.elf;

/**
 * One symbol table entry, {@code Elf64_Sym} (ELF-64 Object File Format §6, Figure 4; gABI
 * "Symbol Table"): field offsets and sizes, and a writer. Index 0 of every table is {@link #NULL}.
 */
public record SymbolEntry(int name, int info, int other, int sectionIndex, long value, long size) {
    public static final int SIZE = 24;
    public static final int ST_NAME = 0;  // Elf64_Word: offset in the linked string table
    public static final int ST_INFO = 4;  // unsigned char: binding << 4 | type
    public static final int ST_OTHER = 5; // unsigned char: visibility
    public static final int ST_SHNDX = 6; // Elf64_Half
    public static final int ST_VALUE = 8; // Elf64_Addr
    public static final int ST_SIZE = 16; // Elf64_Xword
    /** Alignment of a symbol table section. */
    public static final int ALIGNMENT = 8;

    /** The reserved entry at index 0 (STN_UNDEF). */
    public static final SymbolEntry NULL = new SymbolEntry(0, 0, 0, Elf.SHN_UNDEF, 0, 0);

    /** A symbol of the given binding and type with default visibility. */
    public static SymbolEntry of(int name, int binding, int type, int sectionIndex, long value, long size) {
        return new SymbolEntry(name, Elf.stInfo(binding, type), Elf.STV_DEFAULT, sectionIndex, value, size);
    }

    /** The STB_* binding held in {@link #info}. */
    public int binding() {
        return info >>> 4;
    }

    /** Appends this entry to {@code out}. */
    public void append(ElfBuffer out) {
        int at = out.reserve(SIZE);
        out.putU32(at + ST_NAME, name);
        out.putU8(at + ST_INFO, info);
        out.putU8(at + ST_OTHER, other);
        out.putU16(at + ST_SHNDX, sectionIndex);
        out.putU64(at + ST_VALUE, value);
        out.putU64(at + ST_SIZE, size);
    }
}
