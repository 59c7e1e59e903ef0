package org.os2j.compiler.pass;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * Inlines direct calls of small leaf methods: methods of at most {@link #MAXIMUM_SIZE}
 * instructions none of which can throw, run code (calls, class initialization), read or write
 * memory (a raw load can fault, and the fault report names the frame) or is a Java-level operation
 * (field, array and object access). Such a method computes from its arguments alone and can never
 * appear in a stack trace or a stack map, so inlining it is invisible except for speed:
 * no call, no frame, and the caller keeps its values in registers across what was the call. The
 * class-initialization check an {@code invokestatic} needs is a separate instruction of the caller
 * and stays. A whole-program step after devirtualization (whose direct calls it can then inline).
 * Requires: SSA form, Java-level invokes. Guarantees: SSA form; every inlined body is a copy (the
 * callee's own IR is unchanged and still compiled for its other callers).
 */
final class InlineLeafMethods implements Pass {
    /** The largest callee inlined, in IR instructions: small enough that code size cannot grow much. */
    static final int MAXIMUM_SIZE = 24;

    private final Map<String, Function> leaves = new HashMap<>();

    @Override
    public String name() {
        return "inline-leaf-methods";
    }

    @Override
    public void prepare(Collection<Function> functions) {
        leaves.clear();
        for (Function function : functions) {
            if (isInlinableLeaf(function)) {
                leaves.put(function.symbol(), function);
            }
        }
    }

    private static boolean isInlinableLeaf(Function function) {
        Block entry = function.entry();
        if (!entry.parameters().isEmpty()) {
            return false;
        }
        int size = 0;
        for (Block block : function.blocks()) {
            for (Instruction instruction : block.instructions()) {
                Opcode opcode = instruction.opcode();
                // The frame pointer names the method's own frame: inlined, it would be the caller's.
                if (opcode.canThrow || opcode.isCall || opcode.isJavaLevel || opcode.readsMemory
                        || opcode.writesMemory || opcode == Opcode.FRAME_POINTER || instruction.hasExceptionTarget()
                        || instruction.targets().contains(entry) || ++size > MAXIMUM_SIZE) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public void run(Function caller) {
        for (int b = 0; b < caller.blocks().size(); b++) {
            Block block = caller.blocks().get(b);
            for (int i = 0; i < block.instructions().size(); i++) {
                Instruction call = block.instructions().get(i);
                Function callee = call.opcode() == Opcode.INVOKE_DIRECT ? leaves.get(call.symbol()) : null;
                if (callee != null && callee != caller && !coveredByExceptionEdge(block, i)
                        && callee.parameters().size() == call.operands().size()) {
                    inline(caller, b, i, callee);
                    break; // The rest of the block moved to the continuation, visited next.
                }
            }
        }
    }

    /**
     * Whether the block's exception edge belongs to the instruction at {@code index}: in a try block
     * the last instruction that can throw ends its block with the edge (such a call is left alone;
     * the dispatch block expects a throw from it).
     */
    private static boolean coveredByExceptionEdge(Block block, int index) {
        List<Instruction> instructions = block.instructions();
        if (!block.terminator().hasExceptionTarget()) {
            return false;
        }
        for (int i = index + 1; i < instructions.size() - 1; i++) {
            if (instructions.get(i).opcode().canThrow) {
                return false;
            }
        }
        return true;
    }

    /** Replaces instruction {@code index} of block {@code blockIndex}, a call of {@code callee}, by its body. */
    private static void inline(Function caller, int blockIndex, int index, Function callee) {
        Block block = caller.blocks().get(blockIndex);
        Instruction call = block.instructions().get(index);
        Block continuation = newBlockAt(caller, blockIndex + 1);
        List<Instruction> rest = block.instructions().subList(index + 1, block.instructions().size());
        continuation.instructions().addAll(rest);
        rest.clear();
        block.instructions().remove(index);
        Map<VirtualRegister, Value> renamed = new HashMap<>();
        if (call.result() != null) {
            renamed.put(call.result(), caller.addBlockParameter(continuation, call.result().kind(),
                    call.result().name()));
        }

        Map<VirtualRegister, Value> values = new HashMap<>();
        for (int p = 0; p < callee.parameters().size(); p++) {
            values.put(callee.parameters().get(p), call.operand(p));
        }
        Map<Block, Block> copies = new HashMap<>();
        for (int b = 0; b < callee.blocks().size(); b++) {
            Block original = callee.blocks().get(b);
            Block copy = newBlockAt(caller, blockIndex + 1 + b);
            copies.put(original, copy);
            for (VirtualRegister parameter : original.parameters()) {
                values.put(parameter, caller.addBlockParameter(copy, parameter.kind(), parameter.name()));
            }
        }
        for (Block original : callee.blocks()) {
            Block copy = copies.get(original);
            for (Instruction instruction : original.instructions()) {
                if (instruction.opcode() == Opcode.RETURN) {
                    List<Value> result = instruction.operands().isEmpty() || call.result() == null ? List.of()
                            : List.of(valueOf(instruction.operand(0), values, caller));
                    copy.add(new Instruction(Opcode.JUMP, null, null).addTarget(continuation, result)
                            .withLine(call.line()));
                } else {
                    copy.add(copyOf(instruction, values, copies, caller, call.line()));
                }
            }
        }
        block.add(new Instruction(Opcode.JUMP, null, null).withTargets(copies.get(callee.entry()))
                .withLine(call.line()));
        if (!renamed.isEmpty()) {
            Substitution.apply(caller, renamed);
        }
    }

    private static Instruction copyOf(Instruction instruction, Map<VirtualRegister, Value> values,
            Map<Block, Block> copies, Function caller, int line) {
        Value[] operands = instruction.operands().stream().map(operand -> valueOf(operand, values, caller))
                .toArray(Value[]::new);
        VirtualRegister result = instruction.result() == null ? null
                : (VirtualRegister) valueOf(instruction.result(), values, caller);
        Instruction copy = new Instruction(instruction.opcode(), result, instruction.operationKind(), operands)
                .withCondition(instruction.condition()).withMemoryAccess(instruction.memoryAccess())
                .withSymbol(instruction.symbol()).withSwitchKeys(instruction.switchKeys()).withLine(line);
        for (int t = 0; t < instruction.targets().size(); t++) {
            List<Value> arguments = new ArrayList<>();
            for (Value argument : instruction.arguments(t)) {
                arguments.add(valueOf(argument, values, caller));
            }
            copy.addTarget(copies.get(instruction.targets().get(t)), arguments);
        }
        return copy;
    }

    /** The caller's value for a callee value: constants as they are, registers renamed once. */
    private static Value valueOf(Value value, Map<VirtualRegister, Value> values, Function caller) {
        if (!(value instanceof VirtualRegister register)) {
            return value;
        }
        return values.computeIfAbsent(register, r -> caller.newRegister(r.kind(), r.name()));
    }

    private static Block newBlockAt(Function function, int position) {
        Block block = function.newBlock();
        function.blocks().remove(function.blocks().size() - 1);
        function.blocks().add(position, block);
        return block;
    }
}
