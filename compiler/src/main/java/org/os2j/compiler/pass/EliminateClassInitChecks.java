package org.os2j.compiler.pass;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.tree.ClassNode;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.ir.Block;
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
        visit(function.entry(), dominators, new HashSet<>());
        ExceptionEdges.removeStale(function);
    }

    private void visit(Block block, DominatorTree dominators, Set<String> known) {
        Set<String> initialized = new HashSet<>(known);
        block.instructions().removeIf(instruction -> {
            if (instruction.opcode() != Opcode.CLASS_INIT) {
                return false;
            }
            if (initialized.contains(instruction.symbol())) {
                return true;
            }
            addWithSuperclasses(instruction.symbol(), initialized);
            return false;
        });
        for (Block child : dominators.children(block)) {
            visit(child, dominators, initialized);
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
