package org.os2j.compiler.pass;

import java.util.BitSet;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * Removes instructions without effects whose result no instruction reads (repeated until nothing
 * changes), e.g. the copies the translator makes of locals that are never used. Requires: verified
 * IR. Guarantees: every remaining effect-free instruction's result is read somewhere.
 */
final class EliminateDeadCode implements Pass {
    @Override
    public String name() {
        return "eliminate-dead-code";
    }

    @Override
    public void run(Function function) {
        boolean changed = true;
        while (changed) {
            BitSet used = new BitSet();
            for (Block block : function.blocks()) {
                for (Instruction instruction : block.instructions()) {
                    for (Value operand : instruction.operands()) {
                        if (operand instanceof VirtualRegister register) {
                            used.set(register.number());
                        }
                    }
                }
            }
            changed = false;
            for (Block block : function.blocks()) {
                changed |= block.instructions().removeIf(instruction -> !instruction.opcode().hasEffect
                        && instruction.result() != null && !used.get(instruction.result().number()));
            }
        }
    }
}
