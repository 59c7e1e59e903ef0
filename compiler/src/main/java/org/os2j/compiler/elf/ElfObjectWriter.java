package org.os2j.compiler.elf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.os2j.compiler.object.ObjectModule;
import org.os2j.compiler.object.Relocation;
import org.os2j.compiler.object.Section;
import org.os2j.compiler.object.SectionKind;
import org.os2j.compiler.object.Symbol;
import org.os2j.compiler.object.SymbolBinding;

/**
 * Writes an {@link ObjectModule} as an x86-64 ELF-64 relocatable object (ET_REL), following the
 * ELF-64 Object File Format §3-§7 and the psABI §4 (x86-64 relocation types, RELA only).
 *
 * <p>Section header table: the null section; the module's sections in kind order ({@code .text},
 * {@code .rodata}, {@code .data}, {@code .bss}; {@code .bss} is SHT_NOBITS); one {@code .rela.X}
 * per section with relocations ({@code sh_link} = {@code .symtab}, {@code sh_info} = X,
 * SHF_INFO_LINK); an empty {@code .note.GNU-stack} (the object needs no executable stack); then
 * {@code .symtab}, {@code .strtab}, {@code .shstrtab}.
 *
 * <p>Symbol table: null entry, a FILE symbol named after the module (when it has a name), one
 * SECTION symbol per section, the module's LOCAL symbols, then ({@code sh_info}) its GLOBAL
 * symbols and finally every undefined name referenced by a relocation as GLOBAL/NOTYPE/SHN_UNDEF.
 * All orders derive from the module's own orders, so equal modules give equal bytes.
 *
 * <p>Requires a module that passes {@link ObjectModule#validate()}.
 */
public final class ElfObjectWriter {
    private static final String NOTE_GNU_STACK = ".note.GNU-stack";

    private ElfObjectWriter() {
    }

    public static byte[] write(ObjectModule module) {
        module.validate();
        List<Section> sections = module.sections();

        // Section indices, fixed before anything is written.
        Map<SectionKind, Integer> sectionIndex = new EnumMap<>(SectionKind.class);
        int next = 1;
        for (Section section : sections) {
            sectionIndex.put(section.kind(), next++);
        }
        List<Section> relocated = new ArrayList<>();
        for (Section section : sections) {
            if (!section.relocations().isEmpty()) {
                relocated.add(section);
            }
        }
        int firstRelaIndex = next;
        next += relocated.size();
        int noteIndex = next++;
        int symtabIndex = next++;
        int strtabIndex = next++;
        int shstrtabIndex = next++;
        int sectionCount = next;

        // Symbol table.
        StringTable strtab = new StringTable();
        List<SymbolEntry> symbols = new ArrayList<>();
        Map<String, Integer> symbolIndex = new HashMap<>();
        symbols.add(SymbolEntry.NULL);
        if (!module.name().isEmpty()) {
            symbols.add(SymbolEntry.of(strtab.add(module.name()), Elf.STB_LOCAL, Elf.STT_FILE, Elf.SHN_ABS, 0, 0));
        }
        for (Section section : sections) {
            symbols.add(SymbolEntry.of(0, Elf.STB_LOCAL, Elf.STT_SECTION, sectionIndex.get(section.kind()), 0, 0));
        }
        for (SymbolBinding binding : List.of(SymbolBinding.LOCAL, SymbolBinding.GLOBAL)) {
            for (Symbol symbol : module.symbols()) {
                if (symbol.binding() == binding) {
                    symbolIndex.put(symbol.name(), symbols.size());
                    symbols.add(SymbolEntry.of(strtab.add(symbol.name()), Elf.symbolBinding(binding),
                            Elf.symbolType(symbol.type()), sectionIndex.get(symbol.section()),
                            symbol.offset(), symbol.size()));
                }
            }
        }
        int firstGlobal = firstNonLocal(symbols);
        for (String undefined : module.undefinedSymbols()) {
            symbolIndex.put(undefined, symbols.size());
            symbols.add(SymbolEntry.of(strtab.add(undefined), Elf.STB_GLOBAL, Elf.STT_NOTYPE, Elf.SHN_UNDEF, 0, 0));
        }

        // File contents.
        StringTable shstrtab = new StringTable();
        List<SectionHeader> headers = new ArrayList<>();
        headers.add(SectionHeader.NULL);
        ElfBuffer out = new ElfBuffer();
        int headerAt = out.reserve(ElfHeader.SIZE);
        for (Section section : sections) {
            SectionKind kind = section.kind();
            int offset = out.align(section.alignment());
            if (kind.hasContents()) {
                out.append(section.bytes());
            }
            headers.add(new SectionHeader(shstrtab.add(section.name()), Elf.sectionType(kind),
                    Elf.sectionFlags(kind), 0, offset, section.size(), 0, 0, section.alignment(), 0));
        }
        for (Section section : relocated) {
            int offset = out.align(RelaEntry.ALIGNMENT);
            for (Relocation relocation : section.relocations()) {
                new RelaEntry(relocation.offset(), symbolIndex.get(relocation.symbol()),
                        relocation.type().elfType, relocation.addend()).append(out);
            }
            headers.add(new SectionHeader(shstrtab.add(".rela" + section.name()), Elf.SHT_RELA,
                    Elf.SHF_INFO_LINK, 0, offset, out.size() - (long) offset, symtabIndex,
                    sectionIndex.get(section.kind()), RelaEntry.ALIGNMENT, RelaEntry.SIZE));
        }
        headers.add(new SectionHeader(shstrtab.add(NOTE_GNU_STACK), Elf.SHT_PROGBITS, 0, 0, out.size(), 0,
                0, 0, 1, 0));
        int symtabOffset = out.align(SymbolEntry.ALIGNMENT);
        for (SymbolEntry symbol : symbols) {
            symbol.append(out);
        }
        headers.add(new SectionHeader(shstrtab.add(".symtab"), Elf.SHT_SYMTAB, 0, 0, symtabOffset,
                out.size() - (long) symtabOffset, strtabIndex, firstGlobal, SymbolEntry.ALIGNMENT, SymbolEntry.SIZE));
        int strtabOffset = out.append(strtab.toByteArray());
        headers.add(new SectionHeader(shstrtab.add(".strtab"), Elf.SHT_STRTAB, 0, 0, strtabOffset,
                strtab.size(), 0, 0, 1, 0));
        int shstrtabName = shstrtab.add(".shstrtab");
        int shstrtabOffset = out.append(shstrtab.toByteArray());
        headers.add(new SectionHeader(shstrtabName, Elf.SHT_STRTAB, 0, 0, shstrtabOffset,
                shstrtab.size(), 0, 0, 1, 0));
        assert headers.size() == sectionCount && noteIndex == firstRelaIndex + relocated.size();

        int sectionHeaderOffset = out.align(8);
        for (SectionHeader header : headers) {
            header.append(out);
        }
        new ElfHeader(Elf.ET_REL, 0, 0, 0, sectionHeaderOffset, sectionCount, shstrtabIndex)
                .writeAt(out, headerAt);
        return out.toByteArray();
    }

    /** The index of the first non-LOCAL entry, i.e. the {@code sh_info} of a symbol table. */
    static int firstNonLocal(List<SymbolEntry> symbols) {
        for (int i = 0; i < symbols.size(); i++) {
            if (symbols.get(i).binding() != Elf.STB_LOCAL) {
                return i;
            }
        }
        return symbols.size();
    }
}
