package org.os2j.compiler.link;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.os2j.compiler.elf.Elf;
import org.os2j.compiler.elf.ElfBuffer;
import org.os2j.compiler.elf.ElfHeader;
import org.os2j.compiler.elf.ProgramHeader;
import org.os2j.compiler.elf.SectionHeader;
import org.os2j.compiler.elf.StringTable;
import org.os2j.compiler.elf.SymbolEntry;

/**
 * Serialises a laid-out image as an x86-64 ELF-64 file (ELF-64 Object File Format §3-§8): the ELF
 * header and program header table at offset 0, each allocated section's bytes at the file offset
 * {@link Layout} chose, then the non-allocated {@code .symtab}, {@code .strtab} and
 * {@code .shstrtab} and finally the section header table (null section, the allocated sections in
 * layout order, then those three).
 *
 * <p>Requires sections placed by {@link Layout}, program headers whose count matches the space the
 * layout reserved, and relocations already applied. Guarantees a deterministic byte image: the
 * output depends only on its inputs' contents and order. The ELF type is a parameter so that the
 * same writer serves ET_EXEC executables and, later, ET_DYN position-independent tasks.
 */
final class ExecutableWriter {
    private final int elfType;

    ExecutableWriter(int elfType) {
        this.elfType = elfType;
    }

    byte[] write(List<OutputSection> sections, Layout.Result layout, List<ProgramHeader> programHeaders,
                 SymbolTable symbols, long entry) {
        if (ElfHeader.SIZE + (long) programHeaders.size() * ProgramHeader.SIZE != layout.headersSize()) {
            throw new IllegalArgumentException("program header count does not match the layout");
        }
        ElfBuffer out = new ElfBuffer();
        out.reserve(layout.headersSize());
        for (OutputSection section : sections) {
            if (section.isNobits()) {
                continue;
            }
            long gap = section.fileOffset() - out.size();
            if (gap < 0) {
                throw new IllegalStateException(section.name() + " overlaps the preceding file contents");
            }
            out.reserve(gap);
            out.append(section.contents());
        }
        out.reserve(Math.max(0, layout.fileEnd() - out.size()));

        Map<OutputSection, Integer> sectionIndex = new IdentityHashMap<>();
        for (OutputSection section : sections) {
            sectionIndex.put(section, sectionIndex.size() + 1);
        }
        int symtabIndex = sections.size() + 1;
        int strtabIndex = symtabIndex + 1;
        int shstrtabIndex = strtabIndex + 1;

        StringTable strtab = new StringTable();
        int symtabOffset = out.align(SymbolEntry.ALIGNMENT);
        SymbolEntry.NULL.append(out);
        for (SymbolTable.Entry symbol : symbols.entries()) {
            int shndx = symbol.section() == null ? Elf.SHN_ABS : sectionIndex.get(symbol.section());
            SymbolEntry.of(strtab.add(symbol.name()), symbol.binding(), symbol.type(), shndx, symbol.value(),
                    symbol.size()).append(out);
        }
        long symtabSize = out.size() - (long) symtabOffset;
        int strtabOffset = out.append(strtab.toByteArray());

        StringTable shstrtab = new StringTable();
        List<SectionHeader> headers = new ArrayList<>();
        headers.add(SectionHeader.NULL);
        for (OutputSection section : sections) {
            headers.add(new SectionHeader(shstrtab.add(section.name()), section.type(), section.flags(),
                    section.address(), section.fileOffset(), section.size(), 0, 0, section.alignment(), 0));
        }
        headers.add(new SectionHeader(shstrtab.add(".symtab"), Elf.SHT_SYMTAB, 0, 0, symtabOffset, symtabSize,
                strtabIndex, symbols.firstGlobal(), SymbolEntry.ALIGNMENT, SymbolEntry.SIZE));
        headers.add(new SectionHeader(shstrtab.add(".strtab"), Elf.SHT_STRTAB, 0, 0, strtabOffset, strtab.size(),
                0, 0, 1, 0));
        int shstrtabName = shstrtab.add(".shstrtab");
        int shstrtabOffset = out.append(shstrtab.toByteArray());
        headers.add(new SectionHeader(shstrtabName, Elf.SHT_STRTAB, 0, 0, shstrtabOffset, shstrtab.size(),
                0, 0, 1, 0));

        int sectionHeaderOffset = out.align(8);
        for (SectionHeader header : headers) {
            header.append(out);
        }
        new ElfHeader(elfType, entry, ElfHeader.SIZE, programHeaders.size(), sectionHeaderOffset, headers.size(),
                shstrtabIndex).writeAt(out, 0);
        for (int i = 0; i < programHeaders.size(); i++) {
            programHeaders.get(i).writeAt(out, ElfHeader.SIZE + i * ProgramHeader.SIZE);
        }
        return out.toByteArray();
    }
}
