package org.os2j.compiler.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.os2j.compiler.elf.Elf;
import org.os2j.compiler.elf.ProgramHeader;
import org.os2j.compiler.object.ObjectModule;

/**
 * The os2j static linker: combines {@link ObjectModule}s into one x86-64 ELF executable
 * (ET_EXEC), in the steps of the gABI / psABI linking model — resolve symbols
 * ({@link SymbolResolver}), merge sections ({@link SectionMerger}), assign addresses and segments
 * ({@link Layout}), compute symbol addresses ({@link SymbolTable}), apply relocations
 * ({@link RelocationApplier}) and write the file ({@link ExecutableWriter}).
 *
 * <p>Requires modules that pass {@link ObjectModule#validate()} (otherwise an
 * {@link IllegalStateException}: a compiler bug, not a user error). Guarantees: a loadable static
 * executable with R+X text (including the headers), R rodata and RW data+bss segments, a
 * non-executable stack (PT_GNU_STACK), {@code e_entry} at the entry symbol, section headers and a
 * full symbol table; the same inputs always give the same bytes; problems in the input are
 * reported as a {@link LinkException}. The modules are not modified.
 */
public final class Linker {
    private final LinkOptions options;

    public Linker(LinkOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public byte[] link(List<ObjectModule> modules) throws LinkException {
        List<ObjectModule> inputs = List.copyOf(modules);
        if (inputs.isEmpty()) {
            throw new LinkException("nothing to link: no modules");
        }
        for (ObjectModule module : inputs) {
            module.validate();
        }
        SymbolResolver resolver = new SymbolResolver(inputs);
        Optional<SymbolResolver.Definition> entry = resolver.global(options.entrySymbol());
        if (entry.isEmpty()) {
            throw missingEntry(resolver);
        }

        List<OutputSection> sections = SectionMerger.merge(inputs);
        Layout.Result layout = new Layout(options.baseAddress(), Elf.PAGE_SIZE).assign(sections, 1);
        SymbolTable symbols = new SymbolTable(inputs, resolver, sections, options.baseAddress());
        new RelocationApplier(inputs, sections, symbols).apply();

        List<ProgramHeader> programHeaders = new ArrayList<>();
        for (Segment segment : layout.segments()) {
            programHeaders.add(segment.programHeader(options.physicalOffset()));
        }
        programHeaders.add(new ProgramHeader(Elf.PT_GNU_STACK, Elf.PF_R | Elf.PF_W, 0, 0, 0, 0, 0, 16));
        return new ExecutableWriter(Elf.ET_EXEC).write(sections, layout, programHeaders, symbols,
                symbols.address(entry.get()) - options.physicalOffset());
    }

    private LinkException missingEntry(SymbolResolver resolver) {
        String message = "missing entry symbol: no module defines a global '" + options.entrySymbol() + "'";
        List<String> locals = resolver.modulesWithLocal(options.entrySymbol());
        if (!locals.isEmpty()) {
            message += " (a LOCAL symbol of that name exists in module " + String.join(", ", locals)
                    + "; the entry symbol must be GLOBAL)";
        }
        return new LinkException(message);
    }
}
