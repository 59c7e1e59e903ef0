package org.os2j.compiler.pass;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.DominatorTree;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.BlockLiveness;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * Groups each block parameter with the registers passed to it wherever no two members of a group
 * are live at once, so leaving SSA form can give a whole group one register and the copies between
 * its members disappear (the loop variable that javac keeps in one local slot comes back as one
 * register). Two SSA values interfere when one is live just after the other's definition (Budimlic
 * et al., "Fast Copy Coalescing and Live-Range Identification", PLDI 2002, section 3); groups merge
 * only when no member of one interferes with a member of the other, which keeps every value
 * intact. Requires: SSA form. Guarantees: {@link #representative} maps every register of a group
 * to one member; members of a group never interfere.
 */
final class CongruenceClasses {
    /** Where a value is defined: its block and index there; -1 for block and function parameters. */
    private record Definition(Block block, int index) {
    }

    private final Function function;
    private final BlockLiveness liveness;
    private final DominatorTree dominators;
    private final Map<VirtualRegister, Definition> definitions = new HashMap<>();
    private final Map<VirtualRegister, VirtualRegister> parent = new HashMap<>();
    private final Map<VirtualRegister, List<VirtualRegister>> members = new HashMap<>();

    CongruenceClasses(Function function) {
        this.function = function;
        this.liveness = new BlockLiveness(function);
        this.dominators = new DominatorTree(function);
        function.parameters().forEach(parameter -> definitions.put(parameter, new Definition(function.entry(), -1)));
        for (Block block : function.blocks()) {
            block.parameters().forEach(parameter -> definitions.put(parameter, new Definition(block, -1)));
            List<Instruction> instructions = block.instructions();
            for (int i = 0; i < instructions.size(); i++) {
                if (instructions.get(i).result() != null) {
                    definitions.put(instructions.get(i).result(), new Definition(block, i));
                }
            }
        }
        for (Block block : function.blocks()) {
            Instruction terminator = block.terminator();
            for (int t = 0; t < terminator.targets().size(); t++) {
                List<VirtualRegister> parameters = terminator.targets().get(t).parameters();
                List<Value> arguments = terminator.arguments(t);
                for (int i = 0; i < parameters.size(); i++) {
                    if (arguments.get(i) instanceof VirtualRegister argument) {
                        tryMerge(parameters.get(i), argument);
                    }
                }
            }
        }
    }

    VirtualRegister representative(VirtualRegister register) {
        VirtualRegister current = register;
        while (parent.containsKey(current)) {
            current = parent.get(current);
        }
        return current;
    }

    private List<VirtualRegister> membersOf(VirtualRegister root) {
        return members.computeIfAbsent(root, r -> new ArrayList<>(List.of(r)));
    }

    private void tryMerge(VirtualRegister first, VirtualRegister second) {
        VirtualRegister rootOfFirst = representative(first);
        VirtualRegister rootOfSecond = representative(second);
        if (rootOfFirst == rootOfSecond || first.kind() != second.kind()) {
            return;
        }
        for (VirtualRegister a : membersOf(rootOfFirst)) {
            for (VirtualRegister b : membersOf(rootOfSecond)) {
                if (interfere(a, b)) {
                    return;
                }
            }
        }
        parent.put(rootOfSecond, rootOfFirst);
        membersOf(rootOfFirst).addAll(members.remove(rootOfSecond));
    }

    private boolean interfere(VirtualRegister a, VirtualRegister b) {
        return liveAfterDefinitionOf(a, b) || liveAfterDefinitionOf(b, a);
    }

    /** Whether {@code value} is live just after {@code other} is defined. */
    private boolean liveAfterDefinitionOf(VirtualRegister value, VirtualRegister other) {
        Definition at = definitions.get(other);
        Definition own = definitions.get(value);
        if (at == null || own == null) {
            return true; // Not defined in reachable code: keep apart.
        }
        if (own.block() == at.block()) {
            if (own.index() > at.index()) {
                return false; // Not yet defined there.
            }
        } else if (!dominators.dominates(own.block(), at.block())) {
            return false; // Not defined on every path there, so not live there in SSA form.
        }
        if (liveness.liveOut(at.block()).get(value.number())) {
            return true;
        }
        BitSet usedLater = new BitSet();
        List<Instruction> instructions = at.block().instructions();
        for (int i = at.index() + 1; i < instructions.size(); i++) {
            BlockLiveness.addUses(instructions.get(i), usedLater);
        }
        return usedLater.get(value.number());
    }

    /** Renames every register to its group's representative: definitions, uses and parameter lists. */
    void renameAll() {
        List<VirtualRegister> parameters = function.parameters();
        parameters.replaceAll(this::representative);
        for (Block block : function.blocks()) {
            block.parameters().replaceAll(this::representative);
            for (Instruction instruction : block.instructions()) {
                if (instruction.result() != null) {
                    instruction.setResult(representative(instruction.result()));
                }
                instruction.operands().replaceAll(this::renamed);
                for (int t = 0; t < instruction.targets().size(); t++) {
                    instruction.arguments(t).replaceAll(this::renamed);
                }
            }
        }
    }

    private Value renamed(Value value) {
        return value instanceof VirtualRegister register ? representative(register) : value;
    }
}
