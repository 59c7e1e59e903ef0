package org.os2j.compiler.backend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;
import org.os2j.compiler.x86.Register;

/**
 * Linear-scan register allocation (Poletto and Sarkar, 1999) over one live interval per virtual
 * register: the hull of every position where it is defined, used or live across a block boundary,
 * numbering instructions in block order. Intervals that overlap never share a register; when all
 * {@link FrameLayout#ALLOCATABLE} registers are taken, the interval ending last is spilled to a
 * stack slot for its whole life.
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
        for (Block block : function.blocks()) {
            int blockStart = position;
            liveness.liveIn(block).stream().forEach(r -> extend(start, end, r, blockStart));
            for (Instruction instruction : block.instructions()) {
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

        Location[] locations = new Location[count];
        List<Interval> active = new ArrayList<>();
        List<Register> free = new ArrayList<>(FrameLayout.ALLOCATABLE);
        for (Interval interval : intervals) {
            for (int i = active.size() - 1; i >= 0; i--) {
                Interval old = active.get(i);
                if (old.end() < interval.start()) {
                    active.remove(i);
                    free.add(0, ((Location.InRegister) locations[old.register().number()]).register());
                }
            }
            if (!free.isEmpty()) {
                locations[interval.register().number()] = new Location.InRegister(free.remove(0));
                active.add(interval);
                continue;
            }
            Interval longest = active.stream().max(Comparator.comparingInt(Interval::end)).orElseThrow();
            if (longest.end() > interval.end()) {
                locations[interval.register().number()] = locations[longest.register().number()];
                locations[longest.register().number()] = new Location.InSlot(frame.newSpillSlot());
                active.remove(longest);
                active.add(interval);
            } else {
                locations[interval.register().number()] = new Location.InSlot(frame.newSpillSlot());
            }
        }
        for (int i = 0; i < count; i++) {
            if (locations[i] == null) {
                locations[i] = new Location.InSlot(frame.newSpillSlot()); // Defined but never read.
            }
        }
        return locations;
    }

    private static void extend(int[] start, int[] end, int register, int position) {
        start[register] = Math.min(start[register], position);
        end[register] = Math.max(end[register], position);
    }
}
