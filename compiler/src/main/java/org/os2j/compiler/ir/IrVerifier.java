package org.os2j.compiler.ir;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the invariants every pass must keep, and throws {@link IllegalStateException} listing all
 * violations with the function's text form. Tests run it after every pass (see pass/Pipeline).
 *
 * <ul>
 * <li>every block ends in exactly one terminator, and terminators appear nowhere else;</li>
 * <li>targets are blocks of this function; BRANCH has 2, JUMP 1, SWITCH keys+1, and JUMP, THROW
 *     and UNREACHABLE may add an exception target, which in SSA form starts with CATCH and is not
 *     passed the result of the instruction that throws;</li>
 * <li>fixed operand counts hold; results exist exactly when the opcode has one;</li>
 * <li>operand kinds agree with the operation kind for arithmetic, comparisons and moves, and a
 *     result has the kind {@link Opcode#resultKind} gives;</li>
 * <li>every edge passes as many arguments as its target has parameters, kind by kind; the entry
 *     block has none;</li>
 * <li>in SSA form: every register has exactly one definition, and it dominates every use (an
 *     argument passed on an edge is used at the end of the edge's source block);</li>
 * <li>out of SSA form: no block parameters, and every register used is assigned on every path
 *     from the entry (definite assignment).</li>
 * </ul>
 */
public final class IrVerifier {
    private final Function function;
    private final List<String> problems = new ArrayList<>();

    private IrVerifier(Function function) {
        this.function = function;
    }

    public static void verify(Function function) {
        IrVerifier verifier = new IrVerifier(function);
        verifier.checkStructure();
        if (verifier.problems.isEmpty()) {
            if (function.isSsa()) {
                verifier.checkSsa();
            } else {
                verifier.checkDefinitions();
            }
        }
        if (!verifier.problems.isEmpty()) {
            throw new IllegalStateException("IR verification failed for " + function.symbol() + ":\n  "
                    + String.join("\n  ", verifier.problems) + "\n" + IrPrinter.format(function));
        }
    }

    private void checkStructure() {
        Set<Block> blocks = new HashSet<>(function.blocks());
        if (function.blocks().isEmpty()) {
            problems.add("no blocks");
            return;
        }
        if (!function.entry().parameters().isEmpty()) {
            problems.add("the entry block " + function.entry() + " has parameters");
        }
        for (Block block : function.blocks()) {
            List<Instruction> instructions = block.instructions();
            if (!function.isSsa() && !block.parameters().isEmpty()) {
                problems.add(block + " has parameters out of SSA form");
            }
            if (!block.isTerminated()) {
                problems.add(block + " does not end in a terminator");
            }
            for (int i = 0; i < instructions.size(); i++) {
                Instruction instruction = instructions.get(i);
                Opcode opcode = instruction.opcode();
                String where = block + "[" + i + "] " + instruction;
                if (opcode.isTerminator && i != instructions.size() - 1) {
                    problems.add("terminator before the end: " + where);
                }
                if (opcode.operandCount >= 0 && instruction.operands().size() != opcode.operandCount) {
                    problems.add("expected " + opcode.operandCount + " operands: " + where);
                }
                if (opcode.hasResult != (instruction.result() != null) && !opcode.resultIsOptional()) {
                    problems.add("result presence disagrees with opcode: " + where);
                }
                for (int t = 0; t < instruction.targets().size(); t++) {
                    Block target = instruction.targets().get(t);
                    if (!blocks.contains(target)) {
                        problems.add("target " + target + " is not in the function: " + where);
                    }
                    checkArguments(target, instruction.arguments(t), where);
                }
                if (instruction.result() != null && instruction.operationKind() != null
                        && instruction.result().kind() != opcode.resultKind(instruction.operationKind())) {
                    problems.add("result kind is not " + opcode.resultKind(instruction.operationKind()) + ": " + where);
                }
                int expectedTargets = switch (opcode) {
                    case JUMP -> 1;
                    case BRANCH -> 2;
                    case SWITCH -> instruction.switchKeys() == null ? -1 : instruction.switchKeys().length + 1;
                    default -> 0;
                };
                if (instruction.normalTargetCount() != expectedTargets) {
                    problems.add("expected " + expectedTargets + " targets: " + where);
                }
                if (instruction.hasExceptionTarget()) {
                    checkExceptionEdge(block, i, where);
                }
                if (opcode == Opcode.CATCH && i != 0) {
                    problems.add("catch is not the first instruction of its block: " + where);
                }
                checkKinds(instruction, where);
            }
        }
    }

    /**
     * An exception edge leaves from a JUMP, THROW or UNREACHABLE; the instruction before a JUMP is
     * the one that may throw, and the edge's arguments cannot use its result (it has none when it
     * throws). The target starts with CATCH.
     */
    private void checkExceptionEdge(Block block, int index, String where) {
        Instruction terminator = block.instructions().get(index);
        Opcode opcode = terminator.opcode();
        if (opcode != Opcode.JUMP && opcode != Opcode.THROW && opcode != Opcode.UNREACHABLE) {
            problems.add("an exception target on " + opcode.textName + ": " + where);
            return;
        }
        if (opcode == Opcode.JUMP && index > 0) {
            VirtualRegister thrownResult = block.instructions().get(index - 1).result();
            if (thrownResult != null && terminator.arguments(terminator.targets().size() - 1).contains(thrownResult)) {
                problems.add("the exception edge passes " + thrownResult + ", which is not defined when it throws: "
                        + where);
            }
        }
        Block target = terminator.exceptionTarget();
        if (target.instructions().isEmpty() || target.instructions().get(0).opcode() != Opcode.CATCH) {
            if (function.isSsa()) {
                problems.add("exception target " + target + " does not start with catch: " + where);
            }
        }
    }

    private void checkArguments(Block target, List<Value> arguments, String where) {
        List<VirtualRegister> parameters = target.parameters();
        if (arguments.size() != parameters.size()) {
            problems.add("passes " + arguments.size() + " arguments to " + target + ", which has "
                    + parameters.size() + " parameters: " + where);
            return;
        }
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).kind() != parameters.get(i).kind()) {
                problems.add("argument " + arguments.get(i) + " for " + parameters.get(i) + " is not "
                        + parameters.get(i).kind() + ": " + where);
            }
        }
    }

    /** Where a register is defined: its block and index there (-1 for parameters). */
    private record Definition(Block block, int index) {
    }

    private void checkSsa() {
        Map<VirtualRegister, Definition> definitions = new HashMap<>();
        for (VirtualRegister parameter : function.parameters()) {
            define(definitions, parameter, new Definition(function.entry(), -1));
        }
        for (Block block : function.blocks()) {
            for (VirtualRegister parameter : block.parameters()) {
                define(definitions, parameter, new Definition(block, -1));
            }
            List<Instruction> instructions = block.instructions();
            for (int i = 0; i < instructions.size(); i++) {
                if (instructions.get(i).result() != null) {
                    define(definitions, instructions.get(i).result(), new Definition(block, i));
                }
            }
        }
        DominatorTree dominators = new DominatorTree(function);
        for (Block block : function.blocks()) {
            if (!dominators.isReachable(block)) {
                continue; // Never runs; SimplifyControlFlow removes it.
            }
            List<Instruction> instructions = block.instructions();
            for (int i = 0; i < instructions.size(); i++) {
                Instruction instruction = instructions.get(i);
                for (Value operand : instruction.operands()) {
                    checkDominated(definitions, dominators, operand, block, i, instruction);
                }
                for (int t = 0; t < instruction.targets().size(); t++) {
                    for (Value argument : instruction.arguments(t)) {
                        checkDominated(definitions, dominators, argument, block, i, instruction);
                    }
                }
            }
        }
    }

    private void define(Map<VirtualRegister, Definition> definitions, VirtualRegister register, Definition where) {
        if (definitions.putIfAbsent(register, where) != null) {
            problems.add(register + " is defined more than once (in " + definitions.get(register).block() + " and "
                    + where.block() + ")");
        }
    }

    private void checkDominated(Map<VirtualRegister, Definition> definitions, DominatorTree dominators, Value value,
                                Block block, int index, Instruction instruction) {
        if (!(value instanceof VirtualRegister register)) {
            return;
        }
        Definition definition = definitions.get(register);
        if (definition == null) {
            problems.add(register + " is used but never defined, in " + block + ": " + instruction);
        } else if (definition.block() == block ? definition.index() >= index
                : !dominators.dominates(definition.block(), block)) {
            problems.add(register + " is used in " + block + " where its definition in " + definition.block()
                    + " does not dominate: " + instruction);
        }
    }

    private void checkKinds(Instruction instruction, String where) {
        switch (instruction.opcode()) {
            case ADD, SUBTRACT, MULTIPLY, DIVIDE, REMAINDER, AND, OR, XOR, NEGATE, MOVE, BRANCH -> {
                if (instruction.opcode() == Opcode.BRANCH && instruction.condition().isUnordered()
                        && !instruction.operationKind().isFloatingPoint()) {
                    problems.add("unordered condition on " + instruction.operationKind() + ": " + where);
                }
                if (instruction.operationKind().isFloatingPoint() && (instruction.opcode() == Opcode.AND
                        || instruction.opcode() == Opcode.OR || instruction.opcode() == Opcode.XOR)) {
                    problems.add("bitwise operation on " + instruction.operationKind() + ": " + where);
                }
                for (Value operand : instruction.operands()) {
                    if (operand.kind() != instruction.operationKind()) {
                        problems.add("operand " + operand + " is not " + instruction.operationKind() + ": " + where);
                    }
                }
                if (instruction.result() != null && instruction.result().kind() != instruction.operationKind()) {
                    problems.add("result kind disagrees: " + where);
                }
            }
            case COMPARE_LONG, COMPARE_FLOATING_NAN_LESS, COMPARE_FLOATING_NAN_GREATER -> {
                Kind expected = instruction.opcode() == Opcode.COMPARE_LONG ? Kind.LONG : instruction.operationKind();
                if (!expected.isFloatingPoint() && instruction.opcode() != Opcode.COMPARE_LONG) {
                    problems.add("floating compare of " + expected + ": " + where);
                }
                for (Value operand : instruction.operands()) {
                    if (operand.kind() != expected) {
                        problems.add("operand " + operand + " is not " + expected + ": " + where);
                    }
                }
                if (instruction.result().kind() != Kind.INT) {
                    problems.add("compare result is not INT: " + where);
                }
            }
            case INT_TO_LONG, LONG_TO_INT, INT_TO_BYTE, INT_TO_CHAR, INT_TO_SHORT, INT_TO_FLOAT, INT_TO_DOUBLE,
                 LONG_TO_FLOAT, LONG_TO_DOUBLE, FLOAT_TO_DOUBLE, DOUBLE_TO_FLOAT, FLOAT_TO_INT, FLOAT_TO_LONG,
                 DOUBLE_TO_INT, DOUBLE_TO_LONG -> {
                Kind[] kinds = conversionKinds(instruction.opcode());
                if (instruction.operand(0).kind() != kinds[0] || instruction.result().kind() != kinds[1]) {
                    problems.add("conversion kinds are not " + kinds[0] + " to " + kinds[1] + ": " + where);
                }
            }
            case SQUARE_ROOT -> {
                if (!instruction.operationKind().isFloatingPoint()
                        || instruction.operand(0).kind() != instruction.operationKind()) {
                    problems.add("square root of a non-floating kind: " + where);
                }
            }
            case REINTERPRET -> {
                Kind from = instruction.operand(0).kind();
                Kind to = instruction.result().kind();
                if (from.size != to.size || from == to) {
                    problems.add("reinterpretation between kinds of different sizes: " + where);
                }
            }
            case SHIFT_LEFT, SHIFT_RIGHT, UNSIGNED_SHIFT_RIGHT -> {
                if (instruction.operand(1).kind() != Kind.INT
                        || instruction.operand(0).kind() != instruction.operationKind()) {
                    problems.add("shift operand kinds: " + where);
                }
            }
            case BOUNDS_CHECK, SWITCH -> {
                for (Value operand : instruction.operands()) {
                    if (operand.kind() != Kind.INT) {
                        problems.add("operand " + operand + " is not INT: " + where);
                    }
                }
            }
            default -> {
            }
        }
    }

    /** The operand and result kinds of a conversion opcode. */
    private static Kind[] conversionKinds(Opcode opcode) {
        return switch (opcode) {
            case INT_TO_LONG -> new Kind[] {Kind.INT, Kind.LONG};
            case LONG_TO_INT -> new Kind[] {Kind.LONG, Kind.INT};
            case INT_TO_FLOAT -> new Kind[] {Kind.INT, Kind.FLOAT};
            case INT_TO_DOUBLE -> new Kind[] {Kind.INT, Kind.DOUBLE};
            case LONG_TO_FLOAT -> new Kind[] {Kind.LONG, Kind.FLOAT};
            case LONG_TO_DOUBLE -> new Kind[] {Kind.LONG, Kind.DOUBLE};
            case FLOAT_TO_DOUBLE -> new Kind[] {Kind.FLOAT, Kind.DOUBLE};
            case DOUBLE_TO_FLOAT -> new Kind[] {Kind.DOUBLE, Kind.FLOAT};
            case FLOAT_TO_INT -> new Kind[] {Kind.FLOAT, Kind.INT};
            case FLOAT_TO_LONG -> new Kind[] {Kind.FLOAT, Kind.LONG};
            case DOUBLE_TO_INT -> new Kind[] {Kind.DOUBLE, Kind.INT};
            case DOUBLE_TO_LONG -> new Kind[] {Kind.DOUBLE, Kind.LONG};
            default -> new Kind[] {Kind.INT, Kind.INT}; // i2b, i2c, i2s
        };
    }

    private void checkDefinitions() {
        int blockCount = function.blocks().size();
        int registerCount = function.registers().size();
        List<BitSet> definedOut = new ArrayList<>();
        for (int i = 0; i < blockCount; i++) {
            BitSet all = new BitSet(registerCount);
            all.set(0, registerCount);
            definedOut.add(all);
        }
        List<List<Block>> predecessors = Cfg.predecessors(function);
        BitSet entryDefined = new BitSet(registerCount);
        function.parameters().forEach(p -> entryDefined.set(p.number()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = 0; b < blockCount; b++) {
                Block block = function.blocks().get(b);
                BitSet defined = definedIn(block, b, entryDefined, predecessors, definedOut);
                for (Instruction instruction : block.instructions()) {
                    if (instruction.result() != null) {
                        defined.set(instruction.result().number());
                    }
                }
                if (!defined.equals(definedOut.get(b))) {
                    definedOut.set(b, defined);
                    changed = true;
                }
            }
        }
        for (int b = 0; b < blockCount; b++) {
            Block block = function.blocks().get(b);
            BitSet defined = definedIn(block, b, entryDefined, predecessors, definedOut);
            for (Instruction instruction : block.instructions()) {
                for (Value operand : instruction.operands()) {
                    if (operand instanceof VirtualRegister register && !defined.get(register.number())) {
                        problems.add(register + " may be used before it is defined in " + block + ": " + instruction);
                    }
                }
                if (instruction.result() != null) {
                    defined.set(instruction.result().number());
                }
            }
        }
    }

    private BitSet definedIn(Block block, int index, BitSet entryDefined, List<List<Block>> predecessors,
                             List<BitSet> definedOut) {
        if (index == 0) {
            return (BitSet) entryDefined.clone();
        }
        BitSet defined = null;
        for (Block predecessor : predecessors.get(block.number())) {
            BitSet out = definedOut.get(function.blocks().indexOf(predecessor));
            if (defined == null) {
                defined = (BitSet) out.clone();
            } else {
                defined.and(out);
            }
        }
        return defined == null ? new BitSet() : defined;
    }
}
