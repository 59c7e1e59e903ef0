package org.os2j.compiler.backend;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * Checks the register allocator's result without trusting its intervals: from the liveness sets
 * alone, no two virtual registers that are live at the same point share a location, where "at the
 * same point" means live on entry to a block, or live after an instruction together with that
 * instruction's result (a result that is never read still overwrites its location). Also checks
 * that every register has a location of its class: FLOAT and DOUBLE in XMM registers or slots,
 * the other kinds in general-purpose registers or slots. Runs in tests ({@code os2j.verify-ir}).
 *
 * <p>Requires: the liveness of the function and the allocator's locations. Guarantees: throws
 * IllegalStateException naming the function, point and both registers at the first conflict.
 */
final class AllocationChecker {
    private AllocationChecker() {
    }

    static void check(Function function, Liveness liveness, Location[] locations) {
        List<String> problems = new ArrayList<>();
        BitSet mentioned = new BitSet();
        function.parameters().forEach(parameter -> mentioned.set(parameter.number()));
        for (Block block : function.blocks()) {
            for (Instruction instruction : block.instructions()) {
                if (instruction.result() != null) {
                    mentioned.set(instruction.result().number());
                }
                instruction.operands().forEach(operand -> {
                    if (operand instanceof VirtualRegister register) {
                        mentioned.set(register.number());
                    }
                });
            }
        }
        for (VirtualRegister register : function.registers()) {
            Location location = locations[register.number()];
            boolean floating = register.kind().isFloatingPoint();
            if (location == null || (floating && location instanceof Location.InRegister)
                    || (!floating && location instanceof Location.InXmmRegister)
                    || (mentioned.get(register.number()) && location instanceof Location.Unused)) {
                problems.add(register + " of kind " + register.kind() + " is at " + location);
            }
        }
        BitSet entry = (BitSet) liveness.liveIn(function.entry()).clone();
        function.parameters().forEach(parameter -> entry.set(parameter.number()));
        checkDistinct(function, entry, locations, "entry", problems);
        for (Block block : function.blocks()) {
            checkDistinct(function, liveness.liveIn(block), locations, "start of " + block, problems);
            for (Instruction instruction : block.instructions()) {
                BitSet live = (BitSet) liveness.liveAfter(instruction).clone();
                if (instruction.result() != null) {
                    live.set(instruction.result().number());
                }
                checkDistinct(function, live, locations, "after " + instruction, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("register allocation of " + function.symbol() + " is wrong:\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static void checkDistinct(Function function, BitSet live, Location[] locations, String point,
                                      List<String> problems) {
        Map<Location, Integer> holder = new HashMap<>();
        live.stream().forEach(number -> {
            Integer other = holder.putIfAbsent(locations[number], number);
            if (other != null) {
                List<VirtualRegister> registers = function.registers();
                problems.add(registers.get(other) + " and " + registers.get(number) + " share "
                        + locations[number] + " at " + point);
            }
        });
    }
}
