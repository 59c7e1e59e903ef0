package org.os2j.compiler.layout;

import java.util.ArrayList;
import java.util.List;
import org.os2j.compiler.object.ObjectModule;
import org.os2j.compiler.object.Relocation;
import org.os2j.compiler.object.RelocationType;
import org.os2j.compiler.object.Section;
import org.os2j.compiler.object.SectionKind;
import org.os2j.compiler.object.SymbolBinding;
import org.os2j.compiler.object.SymbolType;
import org.os2j.runtime.HeapRootsLayout;

/**
 * The collector's roots outside the stack (runtime HeapRootsLayout), gathered while the image data
 * is emitted: the image objects that can point into the heap, and every static field of reference
 * type. Emitted once, after everything else, as two tables of self-relative addresses.
 */
final class HeapRootTables {
    private record Target(String symbol, long offset) {
    }

    private final List<Target> objects = new ArrayList<>();
    private final List<Target> statics = new ArrayList<>();

    /** An image object (by symbol) whose fields or elements a program can point into the heap. */
    void addObject(String symbol) {
        objects.add(new Target(symbol, 0));
    }

    /** A static field of reference type, at {@code offset} in the static block {@code block}. */
    void addStatic(String block, long offset) {
        statics.add(new Target(block, offset));
    }

    void emit(ObjectModule module) {
        table(module, HeapRootsLayout.OBJECTS, HeapRootsLayout.OBJECTS_END, objects);
        table(module, HeapRootsLayout.STATICS, HeapRootsLayout.STATICS_END, statics);
    }

    private static void table(ObjectModule module, String start, String end, List<Target> targets) {
        Section rodata = module.section(SectionKind.RODATA);
        int size = HeapRootsLayout.ENTRY_SIZE * targets.size();
        long at = rodata.append(new byte[size], HeapRootsLayout.ENTRY_SIZE);
        module.define(start, SectionKind.RODATA, at, size, SymbolType.OBJECT, SymbolBinding.GLOBAL);
        module.define(end, SectionKind.RODATA, at + size, 0, SymbolType.OBJECT, SymbolBinding.GLOBAL);
        for (int i = 0; i < targets.size(); i++) {
            rodata.addRelocation(new Relocation(at + (long) HeapRootsLayout.ENTRY_SIZE * i, RelocationType.PC_RELATIVE_32,
                    targets.get(i).symbol(), targets.get(i).offset()));
        }
    }
}
