package org.os2j.compiler.pass;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Cfg;
import org.os2j.compiler.ir.DominatorTree;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * Removes implicit checks and array-length reads that a dominating one makes redundant, walking the
 * dominator tree with what is known on entry to each block: a value checked non-null (or made by
 * {@code new}, {@code new.array} or a string literal) needs no null check again; an array's
 * length, which never changes, is read once ({@code array.length} of the same array is the same
 * value); and a bounds check of the same index against the same length passes again. Requires:
 * SSA form, Java-level operations. Guarantees: the same exceptions at the same points, since every
 * removed check is one that passed on every path to it; what the instruction with a block's
 * exception edge establishes is not assumed where that edge leads (the check failed there).
 */
final class EliminateRedundantChecks implements Pass {
    @Override
    public String name() {
        return "eliminate-redundant-checks";
    }

    /** What holds on entry to a block: non-null values, the length of each array, passed bounds checks. */
    private record Facts(Set<Value> nonNull, Map<Value, VirtualRegister> lengths, Set<List<Value>> bounds) {
        Facts copy() {
            return new Facts(new HashSet<>(nonNull), new HashMap<>(lengths), new HashSet<>(bounds));
        }
    }

    @Override
    public void run(Function function) {
        DominatorTree dominators = new DominatorTree(function);
        List<List<Block>> predecessors = Cfg.predecessors(function);
        Facts start = new Facts(new HashSet<>(), new HashMap<>(), new HashSet<>());
        Map<VirtualRegister, Value> replaced = new HashMap<>();
        visit(function.entry(), dominators, predecessors, start, replaced);
        ExceptionEdges.removeStale(function);
        if (!replaced.isEmpty()) {
            Substitution.apply(function, replaced);
        }
    }

    private void visit(Block block, DominatorTree dominators, List<List<Block>> predecessors, Facts known,
            Map<VirtualRegister, Value> replaced) {
        Facts facts = known.copy();
        Instruction throwing = ExceptionEdges.throwingLast(block);
        Facts beforeThrowing = throwing == null ? facts : null;
        for (java.util.Iterator<Instruction> iterator = block.instructions().iterator(); iterator.hasNext(); ) {
            Instruction instruction = iterator.next();
            if (instruction == throwing) {
                beforeThrowing = facts.copy();
            }
            if (redundant(instruction, facts, replaced)) {
                iterator.remove();
            }
        }
        for (Block child : dominators.children(block)) {
            boolean normal = ExceptionEdges.leftNormally(block, child, predecessors);
            visit(child, dominators, predecessors, normal ? facts : beforeThrowing, replaced);
        }
    }

    /** Whether {@code instruction} is made redundant by {@code facts}; adds what it establishes otherwise. */
    private static boolean redundant(Instruction instruction, Facts facts, Map<VirtualRegister, Value> replaced) {
        switch (instruction.opcode()) {
            case NULL_CHECK -> {
                return !facts.nonNull().add(Substitution.resolved(instruction.operand(0), replaced));
            }
            case NEW, NEW_ARRAY, NEW_MULTI_ARRAY, STRING, CATCH -> facts.nonNull().add(instruction.result());
            case ARRAY_LENGTH -> {
                Value array = Substitution.resolved(instruction.operand(0), replaced);
                VirtualRegister earlier = facts.lengths().get(array);
                if (earlier != null) {
                    replaced.put(instruction.result(), earlier);
                    return true;
                }
                facts.lengths().put(array, instruction.result());
            }
            case BOUNDS_CHECK -> {
                List<Value> key = List.of(Substitution.resolved(instruction.operand(0), replaced),
                        Substitution.resolved(instruction.operand(1), replaced));
                return !facts.bounds().add(key);
            }
            default -> { }
        }
        return false;
    }
}
