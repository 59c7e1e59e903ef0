package org.os2j.compiler.pass;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Cfg;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Opcode;

/**
 * Removes blocks unreachable from the entry, and retargets jumps and branches that lead to a block
 * holding only a JUMP straight to that jump's target. Requires: verified IR. Guarantees: every
 * block is reachable; no edge leads to an empty forwarding block; block order is reverse postorder.
 */
final class SimplifyControlFlow implements Pass {
    @Override
    public String name() {
        return "simplify-control-flow";
    }

    @Override
    public void run(Function function) {
        for (Block block : function.blocks()) {
            List<Block> targets = block.terminator().targets();
            for (int i = 0; i < targets.size(); i++) {
                targets.set(i, forwarded(targets.get(i)));
            }
        }
        List<Block> order = Cfg.reversePostorder(function);
        function.blocks().clear();
        function.blocks().addAll(order);
    }

    private static Block forwarded(Block block) {
        Set<Block> seen = new HashSet<>();
        Block target = block;
        while (seen.add(target) && target.instructions().size() == 1) {
            Instruction only = target.terminator();
            if (only.opcode() != Opcode.JUMP) {
                break;
            }
            target = only.targets().get(0);
        }
        return target;
    }
}
