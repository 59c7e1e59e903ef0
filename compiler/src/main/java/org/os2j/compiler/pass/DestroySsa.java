package org.os2j.compiler.pass;

import java.util.ArrayList;
import java.util.List;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * Leaves SSA form just before register allocation. First each block parameter and the registers
 * passed to it share one register wherever their lives do not overlap ({@link CongruenceClasses}),
 * which removes most copies; then each edge's remaining arguments become copies into the
 * target's parameters, which are ordinary registers assigned on every incoming edge. The
 * copies of one edge happen at once (a parallel copy: a loop passing {@code (b, a)} to
 * {@code (a, b)} swaps them), so they are ordered so no copy overwrites a source a later one reads,
 * and a cycle is broken through a new temporary (Boissinot et al., "Revisiting Out-of-SSA
 * Translation", CGO 2009, section 3.2). Copies go at the end of the edge's source when it ends in a
 * JUMP, else into a new block on the edge (a critical edge: the source has other successors, whose
 * paths must not see the copies; and always for an exception edge, whose copies must happen only
 * when the instruction throws), placed right after the source; an edge left without copies needs
 * no block.
 *
 * <p>Requires: SSA form. Guarantees: no block parameters or edge arguments; each register that was
 * a parameter holds, on entry to its block, the value its edge passed.
 */
final class DestroySsa implements Pass {
    @Override
    public String name() {
        return "destroy-ssa";
    }

    @Override
    public Form output() {
        return Form.OUT_OF_SSA;
    }

    /** One copy of a parallel copy. */
    private record Copy(VirtualRegister destination, Value source) {
    }

    @Override
    public void run(Function function) {
        new CongruenceClasses(function).renameAll();
        List<Block> order = new ArrayList<>();
        for (Block block : new ArrayList<>(function.blocks())) {
            order.add(block);
            Instruction terminator = block.terminator();
            for (int t = 0; t < terminator.targets().size(); t++) {
                Block target = terminator.targets().get(t);
                if (target.parameters().isEmpty()) {
                    continue;
                }
                List<Copy> copies = new ArrayList<>();
                for (int i = 0; i < target.parameters().size(); i++) {
                    if (target.parameters().get(i) != terminator.arguments(t).get(i)) {
                        copies.add(new Copy(target.parameters().get(i), terminator.arguments(t).get(i)));
                    }
                }
                boolean exceptional = terminator.hasExceptionTarget() && t == terminator.targets().size() - 1;
                if (copies.isEmpty()) {
                    terminator.arguments(t).clear();
                } else if (terminator.opcode() == Opcode.JUMP && !exceptional) {
                    List<Instruction> sequence = sequentialize(function, copies, terminator.line());
                    block.instructions().addAll(block.instructions().size() - 1, sequence);
                    terminator.arguments(t).clear();
                } else {
                    Block edge = function.newBlock();
                    function.blocks().remove(edge);
                    order.add(edge);
                    edge.instructions().addAll(sequentialize(function, copies, terminator.line()));
                    edge.add(new Instruction(Opcode.JUMP, null, null).withTargets(target).withLine(terminator.line()));
                    if (exceptional) {
                        terminator.setExceptionTarget(edge);
                    } else {
                        terminator.setTarget(t, edge, List.of());
                    }
                }
            }
        }
        for (Block block : order) {
            block.parameters().clear();
        }
        function.blocks().clear();
        function.blocks().addAll(order);
        function.leaveSsa();
    }

    /** MOVE instructions with the effect of {@code copies} done at once. */
    static List<Instruction> sequentialize(Function function, List<Copy> copies, int line) {
        List<Copy> pending = new ArrayList<>();
        for (Copy copy : copies) {
            if (copy.source() != copy.destination()) {
                pending.add(copy);
            }
        }
        List<Instruction> moves = new ArrayList<>();
        while (!pending.isEmpty()) {
            Copy ready = null;
            for (Copy copy : pending) {
                if (pending.stream().noneMatch(other -> other.source() == copy.destination())) {
                    ready = copy;
                    break;
                }
            }
            if (ready == null) {
                // Every destination is still read by another copy: a cycle. Save one destination first.
                VirtualRegister saved = pending.get(0).destination();
                VirtualRegister temporary = function.newRegister(saved.kind(), null);
                moves.add(move(temporary, saved, line));
                for (int i = 0; i < pending.size(); i++) {
                    if (pending.get(i).source() == saved) {
                        pending.set(i, new Copy(pending.get(i).destination(), temporary));
                    }
                }
                continue;
            }
            moves.add(move(ready.destination(), ready.source(), line));
            pending.remove(ready);
        }
        return moves;
    }

    private static Instruction move(VirtualRegister destination, Value source, int line) {
        return new Instruction(Opcode.MOVE, destination, destination.kind(), source).withLine(line);
    }
}
