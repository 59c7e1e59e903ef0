package org.os2j.compiler.pass;

import java.util.ArrayList;
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
import org.os2j.compiler.ir.LoopNest;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * Moves loop-invariant checks and array-length reads out of loops into the preheader (the one
 * block outside the loop that jumps to its header), innermost loops first:
 * <ul>
 * <li>a null check of a value defined outside the loop that comes first in the header (before
 *     anything else with an effect) runs at the same point on entry, and only re-checks the same
 *     value on later iterations: it moves to the end of the preheader;</li>
 * <li>{@code array.length} of an array defined outside the loop and known non-null in the
 *     preheader (a null check there, or an allocation) is the same value on every iteration.</li>
 * </ul>
 * Requires: SSA form, Java-level operations, EliminateRedundantChecks after it to merge what meets
 * in the preheader. Guarantees: the same exceptions at the same points; a loop over an array keeps
 * one null check and one length read outside it.
 */
final class HoistLoopInvariants implements Pass {
    @Override
    public String name() {
        return "hoist-loop-invariants";
    }

    @Override
    public void run(Function function) {
        DominatorTree dominators = new DominatorTree(function);
        LoopNest loops = new LoopNest(function, dominators);
        List<List<Block>> predecessors = Cfg.predecessors(function);
        Map<VirtualRegister, Block> definedIn = new HashMap<>();
        for (Block block : function.blocks()) {
            block.parameters().forEach(parameter -> definedIn.put(parameter, block));
            for (Instruction instruction : block.instructions()) {
                if (instruction.result() != null) {
                    definedIn.put(instruction.result(), block);
                }
            }
        }
        List<LoopNest.Loop> innermostFirst = new ArrayList<>(loops.loops());
        java.util.Collections.reverse(innermostFirst);
        for (LoopNest.Loop loop : innermostFirst) {
            Block preheader = preheader(loop, predecessors.get(loop.header().number()));
            if (preheader != null) {
                hoist(loop, preheader, definedIn);
            }
        }
    }

    /** The single block outside the loop that enters it, when it ends in a plain jump to the header. */
    private static Block preheader(LoopNest.Loop loop, List<Block> headerPredecessors) {
        Block outside = null;
        for (Block predecessor : headerPredecessors) {
            if (!loop.contains(predecessor)) {
                if (outside != null) {
                    return null;
                }
                outside = predecessor;
            }
        }
        if (outside == null) {
            return null;
        }
        Instruction jump = outside.terminator();
        return jump.opcode() == Opcode.JUMP && !jump.hasExceptionTarget() && jump.targets().size() == 1 ? outside : null;
    }

    private static void hoist(LoopNest.Loop loop, Block preheader, Map<VirtualRegister, Block> definedIn) {
        Set<Value> nonNull = new HashSet<>();
        for (Instruction instruction : preheader.instructions()) {
            if (instruction.opcode() == Opcode.NULL_CHECK) {
                nonNull.add(instruction.operand(0));
            }
            if (instruction.result() != null && (instruction.opcode() == Opcode.NEW
                    || instruction.opcode() == Opcode.NEW_ARRAY || instruction.opcode() == Opcode.STRING)) {
                nonNull.add(instruction.result());
            }
        }
        List<Instruction> moved = new ArrayList<>();
        Block header = loop.header();
        if (!header.terminator().hasExceptionTarget()) {
            for (Instruction instruction : new ArrayList<>(header.instructions())) {
                if (instruction.opcode() == Opcode.NULL_CHECK && isInvariant(instruction.operand(0), loop, definedIn)) {
                    header.instructions().remove(instruction);
                    moved.add(instruction);
                    nonNull.add(instruction.operand(0));
                } else if (instruction.opcode().hasSideEffect()) {
                    break;
                }
            }
        }
        for (Block block : loop.blocks()) {
            for (Instruction instruction : new ArrayList<>(block.instructions())) {
                if (instruction.opcode() == Opcode.ARRAY_LENGTH && nonNull.contains(instruction.operand(0))
                        && isInvariant(instruction.operand(0), loop, definedIn)) {
                    block.instructions().remove(instruction);
                    moved.add(instruction);
                }
            }
        }
        List<Instruction> instructions = preheader.instructions();
        instructions.addAll(instructions.size() - 1, moved);
        for (Instruction instruction : moved) {
            if (instruction.result() != null) {
                definedIn.put(instruction.result(), preheader);
            }
        }
    }

    private static boolean isInvariant(Value value, LoopNest.Loop loop, Map<VirtualRegister, Block> definedIn) {
        if (!(value instanceof VirtualRegister register)) {
            return true;
        }
        Block block = definedIn.get(register);
        return block == null || !loop.contains(block);
    }
}
