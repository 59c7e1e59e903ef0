package org.os2j.compiler.ir;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which registers are live on entry to and exit from each block: the backward data-flow fixpoint
 * in which a block defines its parameters and instruction results and uses its operands and the
 * arguments its terminator passes (so an argument is live at the end of the edge's source, and a
 * parameter is not live into its own block). Works in either form of the IR: out of SSA form there
 * are no parameters or arguments, and a register assigned twice is handled as the classic
 * analysis does. Guarantees: a snapshot; bit {@code n} stands for the register numbered {@code n}.
 */
public final class BlockLiveness {
    private final Map<Block, BitSet> liveIn = new HashMap<>();
    private final Map<Block, BitSet> liveOut = new HashMap<>();

    public BlockLiveness(Function function) {
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
                    liveBefore(instructions.get(j), in);
                }
                block.parameters().forEach(parameter -> in.clear(parameter.number()));
                if (!out.equals(liveOut.get(block)) || !in.equals(liveIn.get(block))) {
                    liveOut.put(block, out);
                    liveIn.put(block, in);
                    changed = true;
                }
            }
        }
    }

    /** Turns the live set after {@code instruction} into the live set before it. */
    public static void liveBefore(Instruction instruction, BitSet live) {
        if (instruction.result() != null) {
            live.clear(instruction.result().number());
        }
        addUses(instruction, live);
    }

    /** Sets the bits of every register {@code instruction} reads: operands and edge arguments. */
    public static void addUses(Instruction instruction, BitSet live) {
        for (Value operand : instruction.operands()) {
            if (operand instanceof VirtualRegister register) {
                live.set(register.number());
            }
        }
        for (int t = 0; t < instruction.targets().size(); t++) {
            for (Value argument : instruction.arguments(t)) {
                if (argument instanceof VirtualRegister register) {
                    live.set(register.number());
                }
            }
        }
    }

    public BitSet liveIn(Block block) {
        return liveIn.get(block);
    }

    public BitSet liveOut(Block block) {
        return liveOut.get(block);
    }
}
