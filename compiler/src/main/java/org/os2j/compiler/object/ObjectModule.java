package org.os2j.compiler.object;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One unit of compiled output, independent of any file format: at most one {@link Section} per
 * {@link SectionKind} and a set of uniquely named {@link Symbol}s defined in those sections.
 * Names referenced by relocations but not defined here are this module's undefined symbols, to be
 * supplied by another module at link time.
 *
 * <p>Guarantees: {@link #sections()} is in {@link SectionKind} order and {@link #symbols()} in
 * definition order, so everything derived from a module is deterministic. {@link #validate()}
 * checks the invariants the writers and the linker rely on.
 */
public final class ObjectModule {
    private final String name;
    private final Map<SectionKind, Section> sections = new EnumMap<>(SectionKind.class);
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();

    /** A module called {@code name} (used in diagnostics and as the ELF FILE symbol). */
    public ObjectModule(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public String name() {
        return name;
    }

    /** The section of {@code kind}, created empty on first use. */
    public Section section(SectionKind kind) {
        return sections.computeIfAbsent(Objects.requireNonNull(kind, "kind"), Section::new);
    }

    /** The section of {@code kind} if it was ever created. */
    public Optional<Section> findSection(SectionKind kind) {
        return Optional.ofNullable(sections.get(kind));
    }

    /** The sections created so far, in kind order. */
    public List<Section> sections() {
        return List.copyOf(sections.values());
    }

    /**
     * Defines a symbol (creating its section if needed) and returns it.
     *
     * @throws IllegalStateException when a symbol of that name is already defined in this module
     */
    public Symbol define(String name, SectionKind section, long offset, long size, SymbolType type,
                         SymbolBinding binding) {
        Symbol symbol = new Symbol(name, section, offset, size, type, binding);
        if (symbols.containsKey(name)) {
            throw new IllegalStateException("symbol '" + name + "' is already defined in module " + this.name);
        }
        section(section);
        symbols.put(name, symbol);
        return symbol;
    }

    /** The symbols in definition order (an unmodifiable view). */
    public Collection<Symbol> symbols() {
        return Collections.unmodifiableCollection(symbols.values());
    }

    /** The symbol called {@code name} defined in this module, if any. */
    public Optional<Symbol> symbol(String name) {
        return Optional.ofNullable(symbols.get(name));
    }

    /** The names referenced by relocations but not defined here, in order of first reference. */
    public Set<String> undefinedSymbols() {
        Set<String> undefined = new LinkedHashSet<>();
        for (Section section : sections.values()) {
            for (Relocation relocation : section.relocations()) {
                if (!symbols.containsKey(relocation.symbol())) {
                    undefined.add(relocation.symbol());
                }
            }
        }
        return undefined;
    }

    /**
     * The FUNCTION or OBJECT symbol nearest before (or at) {@code offset} in the section of
     * {@code kind}, preferring one that covers the offset; used to name places in diagnostics.
     */
    public Optional<Symbol> enclosingSymbol(SectionKind kind, long offset) {
        Symbol best = null;
        for (Symbol symbol : symbols.values()) {
            if (symbol.section() != kind || symbol.type() == SymbolType.NONE || symbol.offset() > offset) {
                continue;
            }
            if (best == null || symbol.offset() > best.offset()
                    || (symbol.offset() == best.offset() && !best.covers(offset) && symbol.covers(offset))) {
                best = symbol;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Describes a place for diagnostics: {@code 'function'+0x1b (module m, .text+0x2b)}, or just the
     * parenthesised part when no symbol precedes it.
     */
    public String describePlace(SectionKind kind, long offset) {
        String where = "module " + name + ", " + kind.sectionName() + "+0x" + Long.toHexString(offset);
        return enclosingSymbol(kind, offset)
                .map(s -> "'" + s.name() + "'+0x" + Long.toHexString(offset - s.offset()) + " (" + where + ")")
                .orElse("(" + where + ")");
    }

    /**
     * Checks that every symbol lies within its section, every relocation field lies within its
     * section, and no RELATIVE relocation is present.
     *
     * @throws IllegalStateException naming the first violation
     */
    public void validate() {
        List<String> problems = new ArrayList<>();
        for (Symbol symbol : symbols.values()) {
            long sectionSize = section(symbol.section()).size();
            if (symbol.offset() > sectionSize || symbol.offset() + symbol.size() > sectionSize) {
                problems.add("symbol '" + symbol.name() + "' [" + symbol.offset() + ", +" + symbol.size()
                        + ") lies outside " + symbol.section().sectionName() + " of size " + sectionSize);
            }
        }
        for (Section section : sections.values()) {
            for (Relocation relocation : section.relocations()) {
                if (relocation.offset() + relocation.type().fieldSize > section.size()) {
                    problems.add(relocation.type() + " relocation at " + section.name() + "+0x"
                            + Long.toHexString(relocation.offset()) + " lies outside the section of size "
                            + section.size());
                }
                if (relocation.type() == RelocationType.RELATIVE) {
                    problems.add("RELATIVE relocation at " + section.name() + "+0x"
                            + Long.toHexString(relocation.offset()) + " (only the linker produces these)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("malformed module " + name + ": " + String.join("; ", problems));
        }
    }

    @Override
    public String toString() {
        return "ObjectModule[" + name + ", " + sections.values() + ", " + symbols.size() + " symbols]";
    }
}
