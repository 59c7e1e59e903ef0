package org.os2j.compiler.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.os2j.compiler.object.ObjectModule;
import org.os2j.compiler.object.Symbol;
import org.os2j.compiler.object.SymbolBinding;

/**
 * Binds names to definitions across modules, following the gABI "Symbol Table" binding rules for
 * a static link: a GLOBAL name must be defined by at most one module; a LOCAL name is visible only
 * in its own module. A reference from module m to name n resolves to m's own definition of n
 * (LOCAL or GLOBAL) if there is one, otherwise to the GLOBAL definition of n.
 *
 * <p>Requires validated modules. Guarantees: construction fails with a {@link LinkException}
 * listing every duplicate GLOBAL (naming both modules and places); {@link #globals()} is in module
 * order, then definition order.
 */
final class SymbolResolver {
    /** A symbol together with the index of the module that defines it. */
    record Definition(int module, Symbol symbol) {
    }

    private final List<ObjectModule> modules;
    private final Map<String, Definition> globals = new LinkedHashMap<>();

    SymbolResolver(List<ObjectModule> modules) throws LinkException {
        this.modules = modules;
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            for (Symbol symbol : modules.get(i).symbols()) {
                if (symbol.binding() != SymbolBinding.GLOBAL) {
                    continue;
                }
                Definition previous = globals.putIfAbsent(symbol.name(), new Definition(i, symbol));
                if (previous != null) {
                    duplicates.add("duplicate global symbol '" + symbol.name() + "': defined in module "
                            + modules.get(previous.module()).name() + " at " + where(previous)
                            + " and in module " + modules.get(i).name() + " at " + where(new Definition(i, symbol)));
                }
            }
        }
        if (!duplicates.isEmpty()) {
            throw new LinkException(duplicates);
        }
    }

    /** The definition a reference from module {@code module} to {@code name} binds to, if any. */
    Optional<Definition> resolve(int module, String name) {
        Optional<Symbol> own = modules.get(module).symbol(name);
        if (own.isPresent()) {
            return Optional.of(new Definition(module, own.get()));
        }
        return global(name);
    }

    /** The GLOBAL definition of {@code name}, if any. */
    Optional<Definition> global(String name) {
        return Optional.ofNullable(globals.get(name));
    }

    /** Every GLOBAL definition, in module order. */
    List<Definition> globals() {
        return List.copyOf(globals.values());
    }

    /** The modules that define a LOCAL symbol called {@code name} (for diagnostics). */
    List<String> modulesWithLocal(String name) {
        List<String> names = new ArrayList<>();
        for (ObjectModule module : modules) {
            module.symbol(name).filter(s -> s.binding() == SymbolBinding.LOCAL)
                    .ifPresent(s -> names.add(module.name()));
        }
        return names;
    }

    private static String where(Definition definition) {
        Symbol symbol = definition.symbol();
        return symbol.section().sectionName() + "+0x" + Long.toHexString(symbol.offset());
    }
}
