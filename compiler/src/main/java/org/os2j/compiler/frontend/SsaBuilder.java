package org.os2j.compiler.frontend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Constant;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Kind;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * SSA construction while translating, after Braun, Buchwald, Hack, Leißa, Mallon and Zwinkau,
 * "Simple and Efficient Construction of Static Single Assignment Form" (CC 2013), with block
 * parameters in place of phi functions. The translator writes and reads <em>variables</em> (a JVM
 * local slot or operand-stack depth, of one kind) per block; a read with no write in its block
 * looks into the predecessors, and where paths merge the value becomes a block parameter whose
 * arguments are read on every incoming edge. A block is <em>sealed</em> once all its predecessors
 * are translated; reads in an unsealed block (a loop header) create parameters whose arguments
 * are filled in when it is sealed.
 *
 * <p>{@link #finish} seals what is left, then removes trivial parameters (every argument the same
 * value or the parameter itself; paper section 3.1) until none is left, and rewrites every use of
 * a removed parameter. Guarantees: SSA form with pruned, non-trivial block parameters (minimal
 * for the reducible control flow javac produces); each value's definition dominates its uses.
 */
final class SsaBuilder {
    /** One edge into a block: the terminator of the predecessor and the index of the target. */
    private record Edge(Block from, Instruction terminator, int targetIndex) {
        List<Value> arguments() {
            return terminator.arguments(targetIndex);
        }
    }

    private final Function function;
    private final Map<Block, Map<Long, Value>> definitions = new HashMap<>();
    private final Map<Block, List<Edge>> edgesInto = new HashMap<>();
    /** Parameters created in a block before it was sealed, by variable, in creation order. */
    private final Map<Block, Map<Long, VirtualRegister>> incomplete = new HashMap<>();
    private final Set<Block> sealed = new HashSet<>();
    /** Removed trivial parameters and the values that replace them. */
    private final Map<VirtualRegister, Value> replacements = new HashMap<>();

    SsaBuilder(Function function) {
        this.function = function;
    }

    /** The variable of a JVM local slot holding a value of {@code kind}. */
    static long local(int slot, Kind kind) {
        return ((long) slot << 4) | kind.ordinal();
    }

    /** The variable of an operand-stack depth holding a value of {@code kind} at a block boundary. */
    static long stack(int depth, Kind kind) {
        return ((long) depth << 4) | 8 | kind.ordinal();
    }

    private static Kind kindOf(long variable) {
        return Kind.values()[(int) (variable & 7)];
    }

    private static String nameOf(long variable) {
        return ((variable & 8) != 0 ? "stack" : "local") + (variable >>> 4);
    }

    void write(long variable, Block block, Value value) {
        definitions.computeIfAbsent(block, b -> new HashMap<>()).put(variable, value);
    }

    Value read(long variable, Block block) {
        Value value = definitions.getOrDefault(block, Map.of()).get(variable);
        return value != null ? resolve(value) : readFromPredecessors(variable, block);
    }

    private Value readFromPredecessors(long variable, Block block) {
        Kind kind = kindOf(variable);
        List<Edge> edges = edgesInto.getOrDefault(block, List.of());
        Value value;
        if (!sealed.contains(block)) {
            VirtualRegister parameter = function.addBlockParameter(block, kind, nameOf(variable));
            incomplete.computeIfAbsent(block, b -> new java.util.LinkedHashMap<>()).put(variable, parameter);
            value = parameter;
        } else if (edges.isEmpty()) {
            value = kind == Kind.REFERENCE ? Constant.nullReference() : new Constant(kind, 0); // Never assigned.
        } else if (edges.stream().map(Edge::from).distinct().count() == 1) {
            value = read(variable, edges.get(0).from());
        } else {
            VirtualRegister parameter = function.addBlockParameter(block, kind, nameOf(variable));
            write(variable, block, parameter); // Breaks cycles through loops before the arguments are read.
            for (Edge edge : edges) {
                edge.arguments().add(read(variable, edge.from()));
            }
            value = parameter;
        }
        write(variable, block, value);
        return value;
    }

    /** Records the edges of a terminator just emitted at the end of {@code block}. */
    void addEdges(Block block, Instruction terminator) {
        for (int i = 0; i < terminator.targets().size(); i++) {
            if (sealed.contains(terminator.targets().get(i))) {
                throw new IllegalStateException("edge into sealed block " + terminator.targets().get(i));
            }
            edgesInto.computeIfAbsent(terminator.targets().get(i), b -> new ArrayList<>())
                    .add(new Edge(block, terminator, i));
        }
    }

    boolean isSealed(Block block) {
        return sealed.contains(block);
    }

    /** Declares that every predecessor of {@code block} has been translated. */
    void seal(Block block) {
        if (!sealed.add(block)) {
            return;
        }
        Map<Long, VirtualRegister> waiting = incomplete.remove(block);
        if (waiting == null) {
            return;
        }
        for (Map.Entry<Long, VirtualRegister> entry : waiting.entrySet()) {
            for (Edge edge : edgesInto.getOrDefault(block, List.of())) {
                edge.arguments().add(read(entry.getKey(), edge.from()));
            }
        }
    }

    /** Seals every block, removes trivial parameters and rewrites uses of removed ones. */
    void finish() {
        for (Block block : function.blocks()) {
            seal(block);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block block : function.blocks()) {
                changed |= removeTrivialParameters(block);
            }
        }
        for (Block block : function.blocks()) {
            for (Instruction instruction : block.instructions()) {
                List<Value> operands = instruction.operands();
                for (int i = 0; i < operands.size(); i++) {
                    operands.set(i, resolve(operands.get(i)));
                }
                for (int t = 0; t < instruction.targets().size(); t++) {
                    List<Value> arguments = instruction.arguments(t);
                    for (int i = 0; i < arguments.size(); i++) {
                        arguments.set(i, resolve(arguments.get(i)));
                    }
                }
            }
        }
    }

    private boolean removeTrivialParameters(Block block) {
        boolean changed = false;
        List<VirtualRegister> parameters = block.parameters();
        List<Edge> edges = edgesInto.getOrDefault(block, List.of());
        for (int index = parameters.size() - 1; index >= 0; index--) {
            VirtualRegister parameter = parameters.get(index);
            Value same = null;
            boolean trivial = true;
            for (Edge edge : edges) {
                Value argument = resolve(edge.arguments().get(index));
                if (argument == parameter || argument.equals(same)) {
                    continue;
                }
                if (same != null) {
                    trivial = false;
                    break;
                }
                same = argument;
            }
            if (!trivial) {
                continue;
            }
            Kind kind = parameter.kind();
            replacements.put(parameter, same != null ? same
                    : kind == Kind.REFERENCE ? Constant.nullReference() : new Constant(kind, 0));
            parameters.remove(index);
            for (Edge edge : edges) {
                edge.arguments().remove(index);
            }
            changed = true;
        }
        return changed;
    }

    /** The value standing for {@code value} after parameter removals. */
    Value resolve(Value value) {
        Value current = value;
        while (current instanceof VirtualRegister register && replacements.containsKey(register)) {
            current = replacements.get(register);
        }
        return current;
    }
}
