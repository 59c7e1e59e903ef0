package org.os2j.compiler.backend;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * Which virtual registers are live where: the classic backward data-flow fixpoint over blocks
 * (live-in = uses before definitions, plus live-out minus definitions), then per instruction the
 * set live just after it, which code generation needs at calls (what to save) and the register
 * allocator needs for intervals. Requires: verified IR whose block order is final.
 */
final class Liveness {
    private final Function function;
    private final Map<Block, BitSet> liveIn = new HashMap<>();
    private final Map<Block, BitSet> liveOut = new HashMap<>();
    private final Map<Instruction, BitSet> liveAfter = new HashMap<>();

    Liveness(Function function) {
        this.function = function;
        compute();
    }

    BitSet liveIn(Block block) { return liveIn.get(block); }
    BitSet liveOut(Block block) { return liveOut.get(block); }
    /** Registers live immediately after {@code instruction} executes (its result included if used later). */
    BitSet liveAfter(Instruction instruction) { return liveAfter.get(instruction); }

    private void compute() {
        List<Block> blocks = function.blocks();
        for (Block block : blocks) {
            liveIn.put(block, new BitSet());
            liveOut.put(block, new BitSet());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = blocks.size() - 1; i >= 0; i--) {
                Block block = blocks.get(i);
                BitSet out = new BitSet();
                for (Block successor : block.successors()) {
                    out.or(liveIn.get(successor));
                }
                BitSet in = (BitSet) out.clone();
                List<Instruction> instructions = block.instructions();
                for (int j = instructions.size() - 1; j >= 0; j--) {
                    step(instructions.get(j), in);
                }
                if (!out.equals(liveOut.get(block)) || !in.equals(liveIn.get(block))) {
                    liveOut.put(block, out);
                    liveIn.put(block, in);
                    changed = true;
                }
            }
        }
        for (Block block : blocks) {
            BitSet live = (BitSet) liveOut.get(block).clone();
            List<Instruction> instructions = block.instructions();
            for (int j = instructions.size() - 1; j >= 0; j--) {
                liveAfter.put(instructions.get(j), (BitSet) live.clone());
                step(instructions.get(j), live);
            }
        }
    }

    /** Turns the live set after {@code instruction} into the live set before it. */
    private static void step(Instruction instruction, BitSet live) {
        if (instruction.result() != null) {
            live.clear(instruction.result().number());
        }
        for (Value operand : instruction.operands()) {
            if (operand instanceof VirtualRegister register) {
                live.set(register.number());
            }
        }
    }
}
