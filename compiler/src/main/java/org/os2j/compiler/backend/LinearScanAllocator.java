package org.os2j.compiler.backend;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * Linear-scan register allocation (Poletto and Sarkar, 1999) over one live interval per virtual
 * register: the hull of every position where it is defined, used or live across a block boundary,
 * numbering instructions in block order. Intervals that overlap never share a register, except
 * that a result may take the register of an operand whose life ends where the result is defined,
 * for the instructions whose selection reads operands before writing (see
 * {@link #readsOperandsFirst}); when all
 * registers of its class ({@link FrameLayout#ALLOCATABLE} for integers and references,
 * {@link FrameLayout#XMM_ALLOCATABLE} for FLOAT and DOUBLE) are taken, the interval of that class
 * ending last is spilled to a stack slot for its whole life.
 *
 * <p>A value passed to a call prefers the argument register it is passed in, and a parameter the
 * register it arrives in, when that register is free at its start (fewer moves at calls).
 *
 * <p>Values live across calls stay in registers: all registers are caller-saved in os2j's
 * convention, and the code generator saves exactly the live ones around each call, so a loop
 * without calls keeps everything in registers. Guarantees: every virtual register of the function
 * has a {@link Location}; two registers whose intervals overlap never share one.
 */
final class LinearScanAllocator {
    private record Interval(VirtualRegister register, int start, int end) {
    }

    private LinearScanAllocator() {
    }

    static Location[] allocate(Function function, Liveness liveness, FrameLayout frame) {
        int count = function.registers().size();
        int[] start = new int[count];
        int[] end = new int[count];
        java.util.Arrays.fill(start, Integer.MAX_VALUE);
        java.util.Arrays.fill(end, -1);
        for (VirtualRegister parameter : function.parameters()) {
            start[parameter.number()] = 0;
            end[parameter.number()] = Math.max(end[parameter.number()], 0);
        }
        int position = 1;
        List<Instruction> instructionAt = new ArrayList<>();
        instructionAt.add(null); // Position 0: the parameters.
        BitSet liveBefore;
        List<BitSet> liveBeforeAt = new ArrayList<>();
        liveBeforeAt.add(null);
        for (Block block : function.blocks()) {
            int blockStart = position;
            liveness.liveIn(block).stream().forEach(r -> extend(start, end, r, blockStart));
            liveBefore = liveness.liveIn(block);
            for (Instruction instruction : block.instructions()) {
                instructionAt.add(instruction);
                liveBeforeAt.add(liveBefore);
                liveBefore = liveness.liveAfter(instruction);
                for (Value operand : instruction.operands()) {
                    if (operand instanceof VirtualRegister register) {
                        extend(start, end, register.number(), position);
                    }
                }
                if (instruction.result() != null) {
                    extend(start, end, instruction.result().number(), position);
                }
                position++;
            }
            int blockEnd = position - 1;
            liveness.liveOut(block).stream().forEach(r -> extend(start, end, r, blockEnd));
        }

        List<Interval> intervals = new ArrayList<>();
        for (VirtualRegister register : function.registers()) {
            if (end[register.number()] >= 0) {
                intervals.add(new Interval(register, start[register.number()], end[register.number()]));
            }
        }
        intervals.sort(Comparator.comparingInt(Interval::start).thenComparingInt(i -> i.register().number()));

        Location[] hints = hints(function, count);
        Location[] locations = new Location[count];
        RegisterClass general = new RegisterClass(FrameLayout.ALLOCATABLE.stream()
                .map(register -> (Location) new Location.InRegister(register)).toList());
        RegisterClass xmm = new RegisterClass(FrameLayout.XMM_ALLOCATABLE.stream()
                .map(register -> (Location) new Location.InXmmRegister(register)).toList());
        for (Interval interval : intervals) {
            RegisterClass pool = interval.register().kind().isFloatingPoint() ? xmm : general;
            pool.expireBefore(interval.start(), locations);
            Instruction definition = instructionAt.get(interval.start());
            if (definition != null && readsOperandsFirst(definition, interval.register(),
                    liveBeforeAt.get(interval.start()))) {
                pool.expireOperandsDyingAt(definition, interval.start(), liveness.liveAfter(definition), locations);
            }
            if (!pool.free.isEmpty()) {
                Location hint = hints[interval.register().number()];
                locations[interval.register().number()] = hint != null && pool.free.remove(hint) ? hint
                        : pool.free.remove(0);
                pool.active.add(interval);
                continue;
            }
            Interval longest = pool.active.stream().max(Comparator.comparingInt(Interval::end)).orElseThrow();
            if (longest.end() > interval.end()) {
                locations[interval.register().number()] = locations[longest.register().number()];
                locations[longest.register().number()] = new Location.InSlot(frame.newSpillSlot());
                pool.active.remove(longest);
                pool.active.add(interval);
            } else {
                locations[interval.register().number()] = new Location.InSlot(frame.newSpillSlot());
            }
        }
        for (int i = 0; i < count; i++) {
            if (locations[i] == null) {
                locations[i] = new Location.Unused(); // Mentioned by no instruction (removed by a pass).
            }
        }
        return locations;
    }

    /**
     * Whether {@code result}'s interval may take the register of an operand whose life ends at
     * {@code definition}: the instruction defines it there, it was not live before (its first
     * value), and the instruction's selection reads every operand before writing its result
     * (IntegerSelection and FloatingPointSelection: arithmetic handles a result in the right operand's
     * register, shift copies the count to RCX first, the others read their single operand first).
     */
    private static boolean readsOperandsFirst(Instruction definition, VirtualRegister result, BitSet liveBefore) {
        if (definition.result() != result || liveBefore.get(result.number()) || definition.operands().contains(result)
                || definition.operationKind() == null) {
            return false;
        }
        if (definition.operationKind().isFloatingPoint()) {
            // FloatingPointSelection.arithmetic and negate; its conversions may clear the result first.
            return switch (definition.opcode()) {
                case MOVE, ADD, SUBTRACT, MULTIPLY, DIVIDE, NEGATE -> true;
                default -> false;
            };
        }
        return switch (definition.opcode()) {
            case MOVE, ADD, SUBTRACT, AND, OR, XOR, MULTIPLY, NEGATE, SHIFT_LEFT, SHIFT_RIGHT,
                 UNSIGNED_SHIFT_RIGHT, INT_TO_LONG, LONG_TO_INT -> true;
            default -> false;
        };
    }

    /**
     * The register each value would best live in, when free: the argument register of the call it
     * is passed to (so no move is needed to pass it), or the register a parameter arrives in.
     */
    private static Location[] hints(Function function, int count) {
        Location[] hints = new Location[count];
        List<FrameLayout.ArgumentLocation> incoming = FrameLayout.argumentLocations(
                function.parameters().stream().map(VirtualRegister::kind).toList());
        for (int i = 0; i < function.parameters().size(); i++) {
            hint(hints, function.parameters().get(i), incoming.get(i).register());
        }
        for (Block block : function.blocks()) {
            for (Instruction instruction : block.instructions()) {
                if (instruction.opcode() != org.os2j.compiler.ir.Opcode.CALL
                        && instruction.opcode() != org.os2j.compiler.ir.Opcode.CALL_INDIRECT) {
                    continue;
                }
                List<Value> arguments = instruction.opcode() == org.os2j.compiler.ir.Opcode.CALL_INDIRECT
                        ? instruction.operands().subList(1, instruction.operands().size()) : instruction.operands();
                List<FrameLayout.ArgumentLocation> destinations = FrameLayout.argumentLocations(
                        arguments.stream().map(Value::kind).toList());
                for (int i = 0; i < arguments.size(); i++) {
                    if (arguments.get(i) instanceof VirtualRegister register && hints[register.number()] == null) {
                        hint(hints, register, destinations.get(i).register());
                    }
                }
            }
        }
        return hints;
    }

    private static void hint(Location[] hints, VirtualRegister register, org.os2j.compiler.x86.Operand where) {
        if (where instanceof org.os2j.compiler.x86.Register general && FrameLayout.ALLOCATABLE.contains(general)) {
            hints[register.number()] = new Location.InRegister(general);
        } else if (where instanceof org.os2j.compiler.x86.XmmRegister xmm && FrameLayout.XMM_ALLOCATABLE.contains(xmm)) {
            hints[register.number()] = new Location.InXmmRegister(xmm);
        }
    }

    /** One class of interchangeable registers: its free registers and the intervals holding the others. */
    private static final class RegisterClass {
        final List<Location> free;
        final List<Interval> active = new ArrayList<>();

        RegisterClass(List<Location> registers) {
            this.free = new ArrayList<>(registers);
        }

        /**
         * Frees the registers of {@code definition}'s operands whose intervals end at it and that are
         * dead after it, the first operand's last so that it is taken first (no move before a
         * two-address operation).
         */
        void expireOperandsDyingAt(Instruction definition, int position, BitSet liveAfter,
                Location[] locations) {
            List<Value> operands = definition.operands();
            for (int o = operands.size() - 1; o >= 0; o--) {
                if (!(operands.get(o) instanceof VirtualRegister operand) || liveAfter.get(operand.number())) {
                    continue;
                }
                for (int i = active.size() - 1; i >= 0; i--) {
                    Interval old = active.get(i);
                    if (old.register() == operand && old.end() == position) {
                        active.remove(i);
                        free.add(0, locations[operand.number()]);
                    }
                }
            }
        }

        /** Returns the registers of intervals that ended before {@code position} to the free list. */
        void expireBefore(int position, Location[] locations) {
            for (int i = active.size() - 1; i >= 0; i--) {
                Interval old = active.get(i);
                if (old.end() < position) {
                    active.remove(i);
                    free.add(0, locations[old.register().number()]);
                }
            }
        }
    }

    private static void extend(int[] start, int[] end, int register, int position) {
        start[register] = Math.min(start[register], position);
        end[register] = Math.max(end[register], position);
    }
}
