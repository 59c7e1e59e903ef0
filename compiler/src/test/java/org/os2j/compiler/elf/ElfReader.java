package org.os2j.compiler.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A minimal ELF-64 reader for tests, independent of the writers except for the layout constants,
 * so the produced files can be checked without binutils.
 */
public final class ElfReader {
    public record Section(int index, String name, int type, long flags, long address, long offset, long size,
                          int link, int info, long alignment, long entrySize) {
    }

    public record Segment(int type, int flags, long offset, long virtualAddress, long fileSize, long memorySize,
                          long alignment) {
    }

    public record Sym(String name, int binding, int type, int sectionIndex, long value, long size) {
    }

    public record Rela(long offset, int symbol, int type, long addend) {
    }

    private final ByteBuffer buffer;
    public final int type;
    public final int machine;
    public final long entry;
    public final List<Section> sections = new ArrayList<>();
    public final List<Segment> segments = new ArrayList<>();

    public ElfReader(byte[] image) {
        buffer = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 4; i++) {
            if (image[i] != Elf.ELFMAG[i]) {
                throw new IllegalArgumentException("not ELF");
            }
        }
        if (image[Elf.EI_CLASS] != Elf.ELFCLASS64 || image[Elf.EI_DATA] != Elf.ELFDATA2LSB) {
            throw new IllegalArgumentException("not ELF64 LSB");
        }
        type = u16(ElfHeader.E_TYPE);
        machine = u16(ElfHeader.E_MACHINE);
        entry = buffer.getLong(ElfHeader.E_ENTRY);
        long phoff = buffer.getLong(ElfHeader.E_PHOFF);
        long shoff = buffer.getLong(ElfHeader.E_SHOFF);
        int phnum = u16(ElfHeader.E_PHNUM);
        int shnum = u16(ElfHeader.E_SHNUM);
        int shstrndx = u16(ElfHeader.E_SHSTRNDX);
        for (int i = 0; i < phnum; i++) {
            int at = (int) phoff + i * ProgramHeader.SIZE;
            segments.add(new Segment(buffer.getInt(at + ProgramHeader.P_TYPE), buffer.getInt(at + ProgramHeader.P_FLAGS),
                    buffer.getLong(at + ProgramHeader.P_OFFSET), buffer.getLong(at + ProgramHeader.P_VADDR),
                    buffer.getLong(at + ProgramHeader.P_FILESZ), buffer.getLong(at + ProgramHeader.P_MEMSZ),
                    buffer.getLong(at + ProgramHeader.P_ALIGN)));
        }
        int shstrOffset = (int) buffer.getLong((int) shoff + shstrndx * SectionHeader.SIZE + SectionHeader.SH_OFFSET);
        for (int i = 0; i < shnum; i++) {
            int at = (int) shoff + i * SectionHeader.SIZE;
            sections.add(new Section(i, string(shstrOffset + buffer.getInt(at + SectionHeader.SH_NAME)),
                    buffer.getInt(at + SectionHeader.SH_TYPE), buffer.getLong(at + SectionHeader.SH_FLAGS),
                    buffer.getLong(at + SectionHeader.SH_ADDR), buffer.getLong(at + SectionHeader.SH_OFFSET),
                    buffer.getLong(at + SectionHeader.SH_SIZE), buffer.getInt(at + SectionHeader.SH_LINK),
                    buffer.getInt(at + SectionHeader.SH_INFO), buffer.getLong(at + SectionHeader.SH_ADDRALIGN),
                    buffer.getLong(at + SectionHeader.SH_ENTSIZE)));
        }
    }

    public Optional<Section> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Section require(String name) {
        return section(name).orElseThrow(() -> new AssertionError("no section " + name));
    }

    public List<Sym> symbols() {
        Section symtab = require(".symtab");
        int strtab = (int) sections.get(symtab.link()).offset();
        List<Sym> symbols = new ArrayList<>();
        for (long at = symtab.offset(); at < symtab.offset() + symtab.size(); at += SymbolEntry.SIZE) {
            int base = (int) at;
            int info = buffer.get(base + SymbolEntry.ST_INFO) & 0xFF;
            symbols.add(new Sym(string(strtab + buffer.getInt(base + SymbolEntry.ST_NAME)), info >>> 4, info & 0xF,
                    u16(base + SymbolEntry.ST_SHNDX), buffer.getLong(base + SymbolEntry.ST_VALUE),
                    buffer.getLong(base + SymbolEntry.ST_SIZE)));
        }
        return symbols;
    }

    public Sym symbol(String name) {
        return symbols().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no symbol " + name));
    }

    public List<Rela> relocations(Section rela) {
        List<Rela> relocations = new ArrayList<>();
        for (long at = rela.offset(); at < rela.offset() + rela.size(); at += RelaEntry.SIZE) {
            int base = (int) at;
            long info = buffer.getLong(base + RelaEntry.R_INFO);
            relocations.add(new Rela(buffer.getLong(base + RelaEntry.R_OFFSET), (int) (info >>> 32), (int) info,
                    buffer.getLong(base + RelaEntry.R_ADDEND)));
        }
        return relocations;
    }

    /** The {@code length} bytes at virtual address {@code address}, read through the PT_LOAD segments. */
    public byte[] read(long address, int length) {
        for (Segment segment : segments) {
            if (segment.type() == Elf.PT_LOAD && address >= segment.virtualAddress()
                    && address + length <= segment.virtualAddress() + segment.fileSize()) {
                byte[] bytes = new byte[length];
                buffer.get((int) (segment.offset() + address - segment.virtualAddress()), bytes);
                return bytes;
            }
        }
        throw new AssertionError("address 0x" + Long.toHexString(address) + " is not in the file image");
    }

    private int u16(int at) {
        return buffer.getShort(at) & 0xFFFF;
    }

    private String string(int at) {
        int end = at;
        while (buffer.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - at];
        buffer.get(at, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
