package org.os2j.compiler.backend;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.BlockLiveness;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;

/**
 * Which virtual registers are live where: the block-level fixpoint of {@link BlockLiveness}, then
 * per instruction the set live just after it, which code generation needs at calls (what to save) and the register
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
        BlockLiveness blocks = new BlockLiveness(function);
        for (Block block : function.blocks()) {
            liveIn.put(block, blocks.liveIn(block));
            liveOut.put(block, blocks.liveOut(block));
            BitSet live = (BitSet) blocks.liveOut(block).clone();
            List<Instruction> instructions = block.instructions();
            for (int j = instructions.size() - 1; j >= 0; j--) {
                liveAfter.put(instructions.get(j), (BitSet) live.clone());
                BlockLiveness.liveBefore(instructions.get(j), live);
            }
        }
    }
}
