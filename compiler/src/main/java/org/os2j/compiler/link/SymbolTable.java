package org.os2j.compiler.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.os2j.compiler.elf.Elf;
import org.os2j.compiler.object.ObjectModule;
import org.os2j.compiler.object.SectionKind;
import org.os2j.compiler.object.Symbol;
import org.os2j.compiler.object.SymbolBinding;

/**
 * The symbols of a laid-out link: the final address of every definition, the few linker-defined
 * boundary symbols, and the entries of the output {@code .symtab} (gABI "Symbol Table").
 *
 * <p>Requires output sections already placed by {@link Layout}. Guarantees:
 * <ul>
 *   <li>a definition's address is its output section's address plus its module's contribution
 *       offset plus its offset in the module's section;</li>
 *   <li>{@code __executable_start}, {@code _etext}, {@code _edata}, {@code __bss_start} and
 *       {@code _end} (as GNU ld defines them) exist exactly when some module references one and no
 *       module defines it; they are absolute GLOBAL symbols;</li>
 *   <li>{@link #entries()} lists, per module, a FILE symbol followed by that module's LOCAL
 *       symbols, then all GLOBAL symbols in module order, then linker-defined ones — locals first as
 *       the gABI requires, with {@link #firstGlobal()} as the symbol table's {@code sh_info};</li>
 *   <li>temporary labels (names starting {@code .L}, GNU as's convention for labels that only
 *       relocations use) resolve like any symbol but are left out of {@link #entries()}, as
 *       {@code ld --discard-locals} leaves them out.</li>
 * </ul>
 */
final class SymbolTable {
    /** One output symbol; {@code section == null} means absolute (SHN_ABS). */
    record Entry(String name, int binding, int type, OutputSection section, long value, long size) {
    }

    private static final String TEMPORARY_LABEL_PREFIX = ".L";

    private static final List<String> LINKER_DEFINED =
            List.of("__executable_start", "_etext", "_edata", "__bss_start", "_end");

    private final List<ObjectModule> modules;
    private final SymbolResolver resolver;
    private final Map<SectionKind, OutputSection> byKind = new EnumMap<>(SectionKind.class);
    private final Map<String, Long> linkerDefined = new LinkedHashMap<>();
    private List<Entry> entries;

    SymbolTable(List<ObjectModule> modules, SymbolResolver resolver, List<OutputSection> sections, long baseAddress) {
        this.modules = modules;
        this.resolver = resolver;
        for (OutputSection section : sections) {
            if (section.kind() != null) {
                byKind.put(section.kind(), section);
            }
        }
        defineBoundaries(sections, baseAddress);
    }

    /** The address a reference from module {@code module} to {@code name} resolves to, if defined. */
    OptionalLong address(int module, String name) {
        Optional<SymbolResolver.Definition> definition = resolver.resolve(module, name);
        if (definition.isPresent()) {
            return OptionalLong.of(address(definition.get()));
        }
        Long boundary = linkerDefined.get(name);
        return boundary == null ? OptionalLong.empty() : OptionalLong.of(boundary);
    }

    /** The final address of a module's definition. */
    long address(SymbolResolver.Definition definition) {
        Symbol symbol = definition.symbol();
        OutputSection section = byKind.get(symbol.section());
        return section.address() + section.contributionOffset(definition.module()) + symbol.offset();
    }

    /** The output symbol table entries (without the null entry), locals first. */
    List<Entry> entries() {
        if (entries == null) {
            entries = List.copyOf(collectEntries());
        }
        return entries;
    }

    private List<Entry> collectEntries() {
        List<Entry> list = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            ObjectModule module = modules.get(i);
            List<Entry> locals = new ArrayList<>();
            for (Symbol symbol : module.symbols()) {
                if (symbol.binding() == SymbolBinding.LOCAL && !symbol.name().startsWith(TEMPORARY_LABEL_PREFIX)) {
                    locals.add(entry(new SymbolResolver.Definition(i, symbol)));
                }
            }
            if (!module.name().isEmpty() && !locals.isEmpty()) {
                list.add(new Entry(module.name(), Elf.STB_LOCAL, Elf.STT_FILE, null, 0, 0));
            }
            list.addAll(locals);
        }
        for (SymbolResolver.Definition definition : resolver.globals()) {
            if (!definition.symbol().name().startsWith(TEMPORARY_LABEL_PREFIX)) {
                list.add(entry(definition));
            }
        }
        linkerDefined.forEach((name, value) ->
                list.add(new Entry(name, Elf.STB_GLOBAL, Elf.STT_NOTYPE, null, value, 0)));
        return list;
    }

    /** The number of LOCAL entries in {@link #entries()} plus one for the null entry. */
    int firstGlobal() {
        int index = 1;
        for (Entry entry : entries()) {
            if (entry.binding() != Elf.STB_LOCAL) {
                break;
            }
            index++;
        }
        return index;
    }

    private Entry entry(SymbolResolver.Definition definition) {
        Symbol symbol = definition.symbol();
        return new Entry(symbol.name(), Elf.symbolBinding(symbol.binding()), Elf.symbolType(symbol.type()),
                byKind.get(symbol.section()), address(definition), symbol.size());
    }

    private void defineBoundaries(List<OutputSection> sections, long baseAddress) {
        List<String> wanted = new ArrayList<>();
        for (ObjectModule module : modules) {
            for (String name : module.undefinedSymbols()) {
                if (LINKER_DEFINED.contains(name) && resolver.global(name).isEmpty() && !wanted.contains(name)) {
                    wanted.add(name);
                }
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        long textEnd = byKind.containsKey(SectionKind.TEXT) ? byKind.get(SectionKind.TEXT).endAddress() : baseAddress;
        long dataEnd = baseAddress;
        long end = baseAddress;
        for (OutputSection section : sections) {
            if (!section.isNobits()) {
                dataEnd = Math.max(dataEnd, section.endAddress());
            }
            end = Math.max(end, section.endAddress());
        }
        long bssStart = byKind.containsKey(SectionKind.BSS) ? byKind.get(SectionKind.BSS).address() : dataEnd;
        Map<String, Long> values = Map.of("__executable_start", baseAddress, "_etext", textEnd,
                "_edata", dataEnd, "__bss_start", bssStart, "_end", end);
        for (String name : LINKER_DEFINED) {
            if (wanted.contains(name)) {
                linkerDefined.put(name, values.get(name));
            }
        }
    }
}
