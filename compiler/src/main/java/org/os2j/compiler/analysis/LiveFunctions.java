package org.os2j.compiler.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.layout.DispatchTables;
import org.os2j.compiler.world.ClosedWorld;
import org.os2j.compiler.world.MethodReference;
import org.os2j.compiler.world.RuntimeSupport;

/**
 * The functions whose code the executable needs, once the whole-program steps have run: reachable
 * from the entry points (main, the runtime's roots), from every dispatch-table entry, class
 * initializer and enum {@code values()} (which the image's descriptors and stubs name), through
 * the symbols the IR of a needed function calls or takes the address of. Rapid type analysis
 * over the bytecode (world/ClosedWorld) found more: inlining (pass/InlineSmallMethods) leaves
 * many small methods with no call left, and their code is not emitted (their method-table
 * entries stay, for the inlined frames of stack traces: layout/CallSiteTable).
 *
 * <p>Requires the IR after the whole-program steps; the per-method passes and the lowering that
 * follow add calls only to the runtime's roots. Guarantees that every function a needed one
 * names is needed.
 */
public final class LiveFunctions {
    private LiveFunctions() {
    }

    public static Set<String> of(ClosedWorld world, DispatchTables dispatch, List<Function> functions) {
        Map<String, Function> bySymbol = new HashMap<>();
        for (Function function : functions) {
            bySymbol.put(function.symbol(), function);
        }
        Deque<String> work = new ArrayDeque<>();
        work.add(world.mainMethod().symbol());
        for (List<MethodReference> roots : List.of(RuntimeSupport.ROOTS, RuntimeSupport.LINUX_ROOTS,
                RuntimeSupport.KERNEL_ROOTS)) {
            roots.forEach(root -> work.add(root.symbol()));
        }
        for (ClassNode type : world.classes()) {
            work.addAll(dispatch.vtable(type.name));
            work.addAll(dispatch.interfaceTable(type.name));
            for (MethodNode method : type.methods) {
                if (method.name.equals("<clinit>")) {
                    work.add(new MethodReference(type.name, method.name, method.desc).symbol());
                }
            }
            MethodReference values = ClosedWorld.enumValues(type);
            if (values != null) {
                work.add(values.symbol());
            }
        }
        Set<String> live = new HashSet<>();
        while (!work.isEmpty()) {
            String symbol = work.pop();
            Function function = bySymbol.get(symbol);
            if (function == null || !live.add(symbol)) {
                continue;
            }
            for (Block block : function.blocks()) {
                for (Instruction instruction : block.instructions()) {
                    if (instruction.symbol() != null && bySymbol.containsKey(instruction.symbol())) {
                        work.add(instruction.symbol());
                    }
                }
            }
        }
        return live;
    }
}
