package org.os2j.compiler.elf;

/**
 * The ELF-64 file header, {@code Elf64_Ehdr} (ELF-64 Object File Format §3, Figure 2; gABI
 * "ELF Header"): field offsets and sizes, and a writer for x86-64 little-endian files. The
 * identification bytes are always ELFCLASS64 / ELFDATA2LSB / EV_CURRENT / ELFOSABI_SYSV.
 */
public record ElfHeader(int type, long entry, long programHeaderOffset, int programHeaderCount,
                        long sectionHeaderOffset, int sectionHeaderCount, int sectionNameTableIndex) {
    public static final int SIZE = 64;
    public static final int E_IDENT = 0;      // unsigned char[16]
    public static final int E_TYPE = 16;      // Elf64_Half
    public static final int E_MACHINE = 18;   // Elf64_Half
    public static final int E_VERSION = 20;   // Elf64_Word
    public static final int E_ENTRY = 24;     // Elf64_Addr
    public static final int E_PHOFF = 32;     // Elf64_Off
    public static final int E_SHOFF = 40;     // Elf64_Off
    public static final int E_FLAGS = 48;     // Elf64_Word
    public static final int E_EHSIZE = 52;    // Elf64_Half
    public static final int E_PHENTSIZE = 54; // Elf64_Half
    public static final int E_PHNUM = 56;     // Elf64_Half
    public static final int E_SHENTSIZE = 58; // Elf64_Half
    public static final int E_SHNUM = 60;     // Elf64_Half
    public static final int E_SHSTRNDX = 62;  // Elf64_Half

    /** Writes this header at {@code offset} of {@code out} (which must already hold {@link #SIZE} bytes there). */
    public void writeAt(ElfBuffer out, int offset) {
        out.putBytes(offset + E_IDENT + Elf.EI_MAG0, Elf.ELFMAG);
        out.putU8(offset + E_IDENT + Elf.EI_CLASS, Elf.ELFCLASS64);
        out.putU8(offset + E_IDENT + Elf.EI_DATA, Elf.ELFDATA2LSB);
        out.putU8(offset + E_IDENT + Elf.EI_VERSION, Elf.EV_CURRENT);
        out.putU8(offset + E_IDENT + Elf.EI_OSABI, Elf.ELFOSABI_SYSV);
        out.putU8(offset + E_IDENT + Elf.EI_ABIVERSION, 0);
        out.putU16(offset + E_TYPE, type);
        out.putU16(offset + E_MACHINE, Elf.EM_X86_64);
        out.putU32(offset + E_VERSION, Elf.EV_CURRENT);
        out.putU64(offset + E_ENTRY, entry);
        out.putU64(offset + E_PHOFF, programHeaderCount == 0 ? 0 : programHeaderOffset);
        out.putU64(offset + E_SHOFF, sectionHeaderOffset);
        out.putU32(offset + E_FLAGS, 0);
        out.putU16(offset + E_EHSIZE, SIZE);
        out.putU16(offset + E_PHENTSIZE, programHeaderCount == 0 ? 0 : ProgramHeader.SIZE);
        out.putU16(offset + E_PHNUM, programHeaderCount);
        out.putU16(offset + E_SHENTSIZE, SectionHeader.SIZE);
        out.putU16(offset + E_SHNUM, sectionHeaderCount);
        out.putU16(offset + E_SHSTRNDX, sectionNameTableIndex);
    }
}
