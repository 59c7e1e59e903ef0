package org.os2j.compiler.pass;

import java.util.List;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Cfg;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Opcode;

/**
 * Keeps exception edges true after a pass removes instructions that could throw (a redundant
 * check or class initialization): an exception edge on a JUMP belongs to the instruction before
 * it, so when that instruction can no longer throw, the edge goes. Without this, the edge would
 * claim the block's last computation throws and pass values that computation defines.
 */
final class ExceptionEdges {
    private ExceptionEdges() {
    }

    /**
     * Removes every exception edge of {@code function} whose JUMP no longer follows a throwing
     * instruction, then the handler blocks no edge reaches any more (so no pass sees a path into
     * a handler that cannot run).
     */
    static void removeStale(Function function) {
        boolean removed = false;
        for (Block block : function.blocks()) {
            List<Instruction> instructions = block.instructions();
            if (instructions.isEmpty()) {
                continue;
            }
            Instruction terminator = instructions.get(instructions.size() - 1);
            if (terminator.opcode() != Opcode.JUMP || !terminator.hasExceptionTarget()) {
                continue;
            }
            boolean throwing = instructions.size() > 1 && instructions.get(instructions.size() - 2).opcode().canThrow;
            if (!throwing) {
                terminator.removeExceptionTarget();
                removed = true;
            }
        }
        if (removed) {
            function.blocks().retainAll(new java.util.HashSet<>(Cfg.reversePostorder(function)));
        }
    }

    /**
     * The instruction whose exception edge ends {@code block} (the one before its JUMP), or null
     * when the block has no exception edge. What that instruction establishes (a passed check, a
     * completed initialization) holds on the normal edge only: when it throws, it did not happen.
     */
    static Instruction throwingLast(Block block) {
        List<Instruction> instructions = block.instructions();
        if (instructions.size() < 2 || !block.terminator().hasExceptionTarget()) {
            return null;
        }
        return instructions.get(instructions.size() - 2);
    }

    /**
     * Whether every path from {@code block} to its dominator-tree child {@code child} leaves
     * {@code block} by an ordinary edge, so what holds at the end of {@code block} holds on entry
     * to {@code child}: true when the block has no exception edge, or the child is reached only
     * from the block (then through its normal target; a handler has no other way in either, but
     * the exception edge is not ordinary).
     */
    static boolean leftNormally(Block block, Block child, List<List<Block>> predecessors) {
        Instruction terminator = block.terminator();
        if (!terminator.hasExceptionTarget()) {
            return true;
        }
        return child != terminator.exceptionTarget() && predecessors.get(child.number()).size() == 1
                && predecessors.get(child.number()).get(0) == block;
    }
}
