package org.os2j.compiler.elf;

import org.os2j.compiler.object.RelocationType;
import org.os2j.compiler.object.SectionKind;
import org.os2j.compiler.object.SymbolBinding;
import org.os2j.compiler.object.SymbolType;

/**
 * ELF-64 constants used by os2j, each declared once. Sources: "ELF-64 Object File Format",
 * version 1.5 draft 2 (HP/Intel, 1998) — §3 File header (Tables 1-5), §4 Sections (Tables 6-9),
 * §6 Symbol table (Tables 14-15), §8 Program header table (Tables 16-17) — and the System V gABI
 * chapters "ELF Header", "Sections", "Symbol Table", "Program Header"; PT_GNU_STACK is the Linux
 * extension documented in the LSB core specification. Structure layouts live in {@link ElfHeader},
 * {@link SectionHeader}, {@link ProgramHeader}, {@link SymbolEntry} and {@link RelaEntry}.
 */
public final class Elf {
    private Elf() {
    }

    // e_ident (ELF-64 §3, Table 2 "ELF Identification")
    public static final int EI_NIDENT = 16;
    public static final int EI_MAG0 = 0;
    public static final int EI_CLASS = 4;
    public static final int EI_DATA = 5;
    public static final int EI_VERSION = 6;
    public static final int EI_OSABI = 7;
    public static final int EI_ABIVERSION = 8;
    public static final byte[] ELFMAG = {0x7f, 'E', 'L', 'F'};
    public static final int ELFCLASS64 = 2;
    public static final int ELFDATA2LSB = 1;
    public static final int EV_CURRENT = 1;
    public static final int ELFOSABI_SYSV = 0;

    // e_type (Table 4) and e_machine (gABI; psABI §4.1.1)
    public static final int ET_REL = 1;
    public static final int ET_EXEC = 2;
    public static final int ET_DYN = 3;
    public static final int EM_X86_64 = 62;

    // Special section indices (Table 6)
    public static final int SHN_UNDEF = 0;
    public static final int SHN_ABS = 0xFFF1;

    // sh_type (Table 7)
    public static final int SHT_NULL = 0;
    public static final int SHT_PROGBITS = 1;
    public static final int SHT_SYMTAB = 2;
    public static final int SHT_STRTAB = 3;
    public static final int SHT_RELA = 4;
    public static final int SHT_NOBITS = 8;

    // sh_flags (Table 8; SHF_INFO_LINK from the gABI)
    public static final long SHF_WRITE = 0x1;
    public static final long SHF_ALLOC = 0x2;
    public static final long SHF_EXECINSTR = 0x4;
    public static final long SHF_INFO_LINK = 0x40;

    // st_info binding and type (Tables 14, 15); st_other visibility (gABI)
    public static final int STB_LOCAL = 0;
    public static final int STB_GLOBAL = 1;
    public static final int STT_NOTYPE = 0;
    public static final int STT_OBJECT = 1;
    public static final int STT_FUNC = 2;
    public static final int STT_SECTION = 3;
    public static final int STT_FILE = 4;
    public static final int STV_DEFAULT = 0;

    // p_type and p_flags (Tables 16, 17)
    public static final int PT_LOAD = 1;
    public static final int PT_GNU_STACK = 0x6474E551;
    public static final int PF_X = 0x1;
    public static final int PF_W = 0x2;
    public static final int PF_R = 0x4;

    /** The page size assumed for loadable segments (psABI §5.1 allows 4 KiB pages). */
    public static final long PAGE_SIZE = 0x1000;

    /** {@code st_info} from a binding and a type (ELF-64 §6: {@code (bind << 4) + (type & 0xf)}). */
    public static int stInfo(int binding, int type) {
        return (binding << 4) | (type & 0xF);
    }

    /** {@code r_info} from a symbol index and a relocation type (ELF-64 §7: {@code (sym << 32) + type}). */
    public static long rInfo(int symbolIndex, int type) {
        return ((long) symbolIndex << 32) | (type & 0xFFFF_FFFFL);
    }

    /** The {@code sh_type} of a section of {@code kind}. */
    public static int sectionType(SectionKind kind) {
        return kind.hasContents() ? SHT_PROGBITS : SHT_NOBITS;
    }

    /** The {@code sh_flags} of a section of {@code kind}. */
    public static long sectionFlags(SectionKind kind) {
        return SHF_ALLOC | (kind.writable() ? SHF_WRITE : 0) | (kind.executable() ? SHF_EXECINSTR : 0);
    }

    /** The {@code p_flags} of a segment holding sections of {@code kind}. */
    public static int segmentFlags(SectionKind kind) {
        return PF_R | (kind.writable() ? PF_W : 0) | (kind.executable() ? PF_X : 0);
    }

    /** The {@code p_flags} implied by a section's {@code sh_flags}. */
    public static int segmentFlags(long sectionFlags) {
        return PF_R | ((sectionFlags & SHF_WRITE) != 0 ? PF_W : 0)
                | ((sectionFlags & SHF_EXECINSTR) != 0 ? PF_X : 0);
    }

    /** The {@code STT_*} value of a symbol type. */
    public static int symbolType(SymbolType type) {
        return switch (type) {
            case FUNCTION -> STT_FUNC;
            case OBJECT -> STT_OBJECT;
            case NONE -> STT_NOTYPE;
        };
    }

    /** The {@code STB_*} value of a symbol binding. */
    public static int symbolBinding(SymbolBinding binding) {
        return binding == SymbolBinding.GLOBAL ? STB_GLOBAL : STB_LOCAL;
    }

    /** The psABI name of a relocation type, e.g. {@code R_X86_64_PC32} (psABI §4.4.1). */
    public static String relocationName(RelocationType type) {
        return switch (type) {
            case ABSOLUTE_64 -> "R_X86_64_64";
            case PC_RELATIVE_32 -> "R_X86_64_PC32";
            case PLT_32 -> "R_X86_64_PLT32";
            case RELATIVE -> "R_X86_64_RELATIVE";
            case ABSOLUTE_32 -> "R_X86_64_32";
            case ABSOLUTE_32_SIGNED -> "R_X86_64_32S";
        };
    }

    /** {@code value} rounded up to a multiple of {@code alignment} (a power of two, or 0/1 for none). */
    public static long alignUp(long value, long alignment) {
        if (alignment <= 1) {
            return value;
        }
        return (value + alignment - 1) & -alignment;
    }
}
