package org.os2j.compiler.pass;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * Removes the copies leaving SSA form makes where the copied value could have been computed in
 * its destination directly: {@code %v = add %p, 1; ...; %p = move %v} becomes {@code %p = add %p, 1}
 * when %v is defined once, read only by that move, in the same block, and nothing in between
 * reads or writes %p, and %v's definition is not the instruction whose exception edge leaves the
 * block (the handler may need %p's old value). A loop counter then lives in one register, as the
 * JVM local did.
 *
 * <p>Requires: out of SSA form. Guarantees: every register holds the same value at every point
 * where it is read as before.
 */
final class CoalesceCopies implements Pass {
    @Override
    public String name() {
        return "coalesce-copies";
    }

    @Override
    public Form input() {
        return Form.OUT_OF_SSA;
    }

    @Override
    public void run(Function function) {
        int count = function.registers().size();
        int[] uses = new int[count];
        int[] definitions = new int[count];
        for (VirtualRegister parameter : function.parameters()) {
            definitions[parameter.number()]++;
        }
        for (Block block : function.blocks()) {
            for (Instruction instruction : block.instructions()) {
                for (Value operand : instruction.operands()) {
                    if (operand instanceof VirtualRegister register) {
                        uses[register.number()]++;
                    }
                }
                if (instruction.result() != null) {
                    definitions[instruction.result().number()]++;
                }
            }
        }
        for (Block block : function.blocks()) {
            coalesce(block.instructions(), uses, definitions, block.terminator().hasExceptionTarget());
        }
    }

    private static void coalesce(List<Instruction> instructions, int[] uses, int[] definitions,
                                 boolean exceptionEdge) {
        Set<Instruction> removed = new HashSet<>();
        int throwing = -1; // The instruction whose exception edge leaves the block: the last that may throw.
        for (int i = 0; exceptionEdge && i < instructions.size() - 1; i++) {
            if (instructions.get(i).opcode().canThrow || instructions.get(i).opcode().isCall) {
                throwing = i;
            }
        }
        for (int m = 0; m < instructions.size(); m++) {
            Instruction move = instructions.get(m);
            if (move.opcode() != Opcode.MOVE || !(move.operand(0) instanceof VirtualRegister value)
                    || uses[value.number()] != 1 || definitions[value.number()] != 1) {
                continue;
            }
            VirtualRegister destination = move.result();
            for (int d = m - 1; d >= 0; d--) {
                Instruction candidate = instructions.get(d);
                if (candidate.result() == value) {
                    // The instruction that may throw keeps its own result register: on the exception
                    // edge the destination must still hold its old value.
                    if (d != throwing) {
                        candidate.setResult(destination);
                        removed.add(move);
                    }
                    break;
                }
                if (candidate.result() == destination || candidate.operands().contains(destination)) {
                    break;
                }
            }
        }
        instructions.removeAll(removed);
    }
}
