package org.os2j.compiler.pass;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * Removes computations whose results nothing needs: a value is live when an instruction with a
 * side effect ({@link org.os2j.compiler.ir.Opcode#hasSideEffect}: terminators, stores, checks,
 * calls) reads it, when a live instruction reads it, or when it is passed to a live block
 * parameter. Everything else, instructions without side effects and block parameters (with the
 * arguments passed to them), is removed, including cycles of parameters that only feed each other
 * around a loop. Requires: SSA form. Guarantees: every remaining instruction without side effects
 * and every block parameter has a use that reaches a side effect.
 */
final class EliminateDeadCode implements Pass {
    @Override
    public String name() {
        return "eliminate-dead-code";
    }

    /** Where a parameter is declared: its block and position. */
    private record ParameterSlot(Block block, int index) {
    }

    @Override
    public void run(Function function) {
        Map<VirtualRegister, Instruction> definedBy = new HashMap<>();
        Map<VirtualRegister, ParameterSlot> parameterSlots = new HashMap<>();
        Map<Block, List<Instruction>> jumpsInto = new HashMap<>();
        Deque<Value> work = new ArrayDeque<>();
        for (Block block : function.blocks()) {
            for (int i = 0; i < block.parameters().size(); i++) {
                parameterSlots.put(block.parameters().get(i), new ParameterSlot(block, i));
            }
            for (Instruction instruction : block.instructions()) {
                if (instruction.result() != null) {
                    definedBy.put(instruction.result(), instruction);
                }
                if (instruction.opcode().hasSideEffect()) {
                    work.addAll(instruction.operands());
                }
                // Once per block even when several targets name it (a switch's keys, a branch's two
                // ways): the removal below visits every target of each jump.
                for (Block target : new java.util.LinkedHashSet<>(instruction.targets())) {
                    jumpsInto.computeIfAbsent(target, b -> new ArrayList<>()).add(instruction);
                }
            }
        }
        BitSet live = new BitSet();
        while (!work.isEmpty()) {
            if (!(work.pop() instanceof VirtualRegister register) || live.get(register.number())) {
                continue;
            }
            live.set(register.number());
            Instruction definition = definedBy.get(register);
            if (definition != null) {
                work.addAll(definition.operands());
            }
            ParameterSlot slot = parameterSlots.get(register);
            if (slot != null) {
                for (Instruction jump : jumpsInto.getOrDefault(slot.block(), List.of())) {
                    for (int t = 0; t < jump.targets().size(); t++) {
                        if (jump.targets().get(t) == slot.block()) {
                            work.add(jump.arguments(t).get(slot.index()));
                        }
                    }
                }
            }
        }
        for (Block block : function.blocks()) {
            block.instructions().removeIf(instruction -> !instruction.opcode().hasSideEffect()
                    && instruction.result() != null && !live.get(instruction.result().number()));
            List<VirtualRegister> parameters = block.parameters();
            for (int index = parameters.size() - 1; index >= 0; index--) {
                if (live.get(parameters.get(index).number())) {
                    continue;
                }
                parameters.remove(index);
                for (Instruction jump : jumpsInto.getOrDefault(block, List.of())) {
                    for (int t = 0; t < jump.targets().size(); t++) {
                        if (jump.targets().get(t) == block) {
                            jump.arguments(t).remove(index);
                        }
                    }
                }
            }
        }
    }
}
