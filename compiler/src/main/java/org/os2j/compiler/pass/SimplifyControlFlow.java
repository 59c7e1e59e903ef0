package org.os2j.compiler.pass;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Cfg;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * Cleans up the control flow translation leaves: (1) an edge into a chain of blocks that have no
 * parameters and hold only a JUMP goes straight to the chain's end, with the last jump's
 * arguments (they are defined in a block that dominates the chain and holds none of it, so every
 * path to the edge's source passes it too); (2) blocks unreachable from
 * the entry are removed; (3) a block whose only predecessor ends in a JUMP to it is merged into
 * that predecessor, its parameters replaced by the jump's arguments. Requires: SSA form.
 * Guarantees: every block is reachable; no edge leads to an empty forwarding block; no jump leads
 * to a block with a single predecessor (unless the jump carries an exception edge); block order is
 * reverse postorder.
 */
final class SimplifyControlFlow implements Pass {
    @Override
    public String name() {
        return "simplify-control-flow";
    }

    @Override
    public void run(Function function) {
        for (Block block : function.blocks()) {
            Instruction terminator = block.terminator();
            for (int i = 0; i < terminator.targets().size(); i++) {
                Block target = terminator.targets().get(i);
                Instruction forward = forwardingJump(target);
                if (forward != null) {
                    terminator.setTarget(i, forward.targets().get(0), forward.arguments(0));
                }
            }
        }
        List<Block> order = Cfg.reversePostorder(function);
        function.blocks().clear();
        function.blocks().addAll(order);
        mergeChains(function);
    }

    /** The JUMP at the end of the chain of forwarding blocks starting at {@code block}, or null. */
    private static Instruction forwardingJump(Block block) {
        Set<Block> seen = new HashSet<>();
        Instruction last = null;
        Block current = block;
        while (seen.add(current) && current.instructions().size() == 1 && current.parameters().isEmpty()
                && current.terminator().opcode() == Opcode.JUMP && !current.terminator().hasExceptionTarget()) {
            last = current.terminator();
            current = last.targets().get(0);
        }
        return last;
    }

    private static void mergeChains(Function function) {
        Map<Block, Integer> incoming = new HashMap<>();
        for (Block block : function.blocks()) {
            for (Block successor : block.successors()) {
                incoming.merge(successor, 1, Integer::sum);
            }
        }
        Map<VirtualRegister, Value> substitution = new HashMap<>();
        Set<Block> merged = new HashSet<>();
        for (Block block : function.blocks()) {
            if (merged.contains(block)) {
                continue;
            }
            while (true) {
                Instruction jump = block.terminator();
                if (jump.opcode() != Opcode.JUMP || jump.hasExceptionTarget()) {
                    break; // An exception edge belongs to the instruction before the jump: keep it last.
                }
                Block target = jump.targets().get(0);
                if (target == block || target == function.entry() || incoming.get(target) != 1) {
                    break;
                }
                for (int i = 0; i < target.parameters().size(); i++) {
                    substitution.put(target.parameters().get(i), jump.arguments(0).get(i));
                }
                block.instructions().remove(block.instructions().size() - 1);
                block.instructions().addAll(target.instructions());
                merged.add(target);
            }
        }
        function.blocks().removeAll(merged);
        if (!substitution.isEmpty()) {
            Substitution.apply(function, substitution);
        }
    }
}
