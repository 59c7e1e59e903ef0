package org.os2j.compiler.elf;

/**
 * One program header table entry, {@code Elf64_Phdr} (ELF-64 Object File Format §8, Figure 6;
 * gABI "Program Header"): field offsets and sizes, and a writer. For PT_LOAD, {@code offset} and
 * {@code virtualAddress} must be congruent modulo {@code alignment}.
 */
public record ProgramHeader(int type, int flags, long offset, long virtualAddress, long physicalAddress,
                            long fileSize, long memorySize, long alignment) {
    public static final int SIZE = 56;
    public static final int P_TYPE = 0;    // Elf64_Word
    public static final int P_FLAGS = 4;   // Elf64_Word
    public static final int P_OFFSET = 8;  // Elf64_Off
    public static final int P_VADDR = 16;  // Elf64_Addr
    public static final int P_PADDR = 24;  // Elf64_Addr
    public static final int P_FILESZ = 32; // Elf64_Xword
    public static final int P_MEMSZ = 40;  // Elf64_Xword
    public static final int P_ALIGN = 48;  // Elf64_Xword

    /** Writes this entry at {@code offset} of {@code out}. */
    public void writeAt(ElfBuffer out, int at) {
        out.putU32(at + P_TYPE, type);
        out.putU32(at + P_FLAGS, flags);
        out.putU64(at + P_OFFSET, offset);
        out.putU64(at + P_VADDR, virtualAddress);
        out.putU64(at + P_PADDR, physicalAddress);
        out.putU64(at + P_FILESZ, fileSize);
        out.putU64(at + P_MEMSZ, memorySize);
        out.putU64(at + P_ALIGN, alignment);
    }
}
