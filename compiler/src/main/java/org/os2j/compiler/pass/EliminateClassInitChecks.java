package org.os2j.compiler.pass;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.tree.ClassNode;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Cfg;
import org.os2j.compiler.ir.DominatorTree;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Opcode;

/**
 * Removes class-initialization checks that a dominating check makes redundant: once the check
 * for class C has completed, C and all its superclasses are initialized (JVMS 5.5 step 7), so a
 * later check of any of them on every path from it can go. Walks the dominator tree with the set
 * of classes known initialized on entry to each block. Requires: SSA form, Java-level operations.
 * Guarantees: every remaining check is the first of its class on some path from the entry.
 */
final class EliminateClassInitChecks implements Pass {
    private final WorldContext context;

    EliminateClassInitChecks(WorldContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "eliminate-class-init-checks";
    }

    @Override
    public void run(Function function) {
        DominatorTree dominators = new DominatorTree(function);
        visit(function.entry(), dominators, Cfg.predecessors(function), new HashSet<>());
        ExceptionEdges.removeStale(function);
    }

    private void visit(Block block, DominatorTree dominators, List<List<Block>> predecessors, Set<String> known) {
        Set<String> initialized = new HashSet<>(known);
        Instruction throwing = ExceptionEdges.throwingLast(block);
        Set<String> beforeThrowing = throwing == null ? initialized : null;
        for (java.util.Iterator<Instruction> iterator = block.instructions().iterator(); iterator.hasNext(); ) {
            Instruction instruction = iterator.next();
            if (instruction == throwing) {
                beforeThrowing = new HashSet<>(initialized);
            }
            if (instruction.opcode() != Opcode.CLASS_INIT) {
                continue;
            }
            if (initialized.contains(instruction.symbol())) {
                iterator.remove();
            } else {
                addWithSuperclasses(instruction.symbol(), initialized);
            }
        }
        for (Block child : dominators.children(block)) {
            // An initialization that threw did not complete: its handler may not assume it (JVMS 5.5 step 11).
            boolean normal = ExceptionEdges.leftNormally(block, child, predecessors);
            visit(child, dominators, predecessors, normal ? initialized : beforeThrowing);
        }
    }

    private void addWithSuperclasses(String internalName, Set<String> initialized) {
        try {
            for (String name = internalName; name != null && initialized.add(name); ) {
                ClassNode type = context.world().resolver().findClass(name);
                name = type == null ? null : type.superName;
            }
        } catch (CompileError e) {
            throw new IllegalStateException(e);
        }
    }
}
