package org.os2j.compiler.pass;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.InlinedCall;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * Inlines direct calls of small methods: a call of a method of at most {@link #MAXIMUM_SIZE} IR
 * instructions ({@link #MAXIMUM_CALLING_SIZE} when it calls others) is replaced by a copy of its
 * body between the call's block and a continuation block that receives the result. The copy keeps
 * the callee's source lines and records where it came from ({@link InlinedCall}), so the call
 * sites, implicit exceptions and throws inside it still name the inlined method in stack traces,
 * as HotSpot's inlined frames do (layout/CallSiteTable's inlined-frame table). The
 * class-initialization check an {@code invokestatic} needs is a separate instruction of the caller
 * and stays.
 *
 * <p>Not inlined: a method marked {@code @NeverInline} (runtime annotation); a callee that names
 * its own frame (the frame pointer, RESUME), accesses raw memory (Magic and Memory intrinsics: a
 * fault there is reported from the faulting address), has exception handlers, or loops back to
 * its entry; a call in a block with an exception edge, unless the callee cannot throw and the edge
 * belongs to a later instruction (the handler dispatch expects a throw from the instruction the
 * edge belongs to, and from nothing else of the block); a call in inlined code deeper than
 * {@link #MAXIMUM_DEPTH}, or of a method already in its chain (a recursive method is inlined into
 * itself once, as C2 does); beyond {@link #MAXIMUM_GROWTH} instructions added to one caller.
 *
 * <p>A whole-program step after devirtualization, whose direct calls it can then inline. Bodies are
 * copied from a snapshot taken before any caller changes, so the result does not depend on the
 * order methods are visited. Requires: SSA form, Java-level invokes. Guarantees: SSA form; the
 * callee's own IR is unchanged and still compiled (the call-site table names it, and other callers
 * may still call it).
 */
final class InlineSmallMethods implements Pass {
    /** The largest callee inlined, in IR instructions (jumps not counted). */
    static final int MAXIMUM_SIZE = 24;
    /**
     * The largest callee inlined that calls others: each call it holds is copied with its save and
     * reload code and call-site entry, so only a few operations around the calls (a wrapper, a
     * recursive step). Measured on 2026-12-07: hello world grows 3.4% with 7 (1.57 to 1.63 MB), 0.4%
     * more with 8; Fibonacci runs 40% faster and the string, boxing and exception benchmarks 5-20%.
     */
    static final int MAXIMUM_CALLING_SIZE = 7;
    /** The deepest chain of inlined methods a call may be inlined into (nested small methods). */
    static final int MAXIMUM_DEPTH = 3;
    /** The most instructions one caller may gain by inlining. */
    static final int MAXIMUM_GROWTH = 160;

    /** Snapshots of the methods that may be inlined, by symbol, taken before any caller changes. */
    private final Map<String, Function> bodies = new HashMap<>();

    @Override
    public String name() {
        return "inline-small-methods";
    }

    @Override
    public void prepare(Collection<Function> functions) {
        bodies.clear();
        for (Function function : functions) {
            if (isInlinable(function)) {
                bodies.put(function.symbol(), snapshot(function));
            }
        }
    }

    private static boolean isInlinable(Function function) {
        Block entry = function.entry();
        if (!entry.parameters().isEmpty() || function.neverInline()) {
            return false;
        }
        int size = 0;
        boolean calls = false;
        for (Block block : function.blocks()) {
            for (Instruction instruction : block.instructions()) {
                Opcode opcode = instruction.opcode();
                // The frame pointer and RESUME name the method's own frame: inlined, it would be the
                // caller's. A raw memory access can fault, and a fault report finds the frame from the
                // faulting address, where no inlined frames are recorded.
                if (opcode == Opcode.FRAME_POINTER || opcode == Opcode.RESUME || opcode == Opcode.CATCH
                        || opcode == Opcode.LOAD || opcode == Opcode.STORE
                        || instruction.hasExceptionTarget() || instruction.targets().contains(entry)
                        || (opcode != Opcode.JUMP && ++size > MAXIMUM_SIZE)) {
                    return false;
                }
                calls |= opcode.isCall;
            }
        }
        return !calls || size <= MAXIMUM_CALLING_SIZE;
    }

    @Override
    public void run(Function caller) {
        int growth = 0;
        for (int b = 0; b < caller.blocks().size(); b++) {
            Block block = caller.blocks().get(b);
            for (int i = 0; i < block.instructions().size(); i++) {
                Instruction call = block.instructions().get(i);
                Function callee = call.opcode() == Opcode.INVOKE_DIRECT ? bodies.get(call.symbol()) : null;
                if (callee != null && callee.parameters().size() == call.operands().size()
                        && !(block.terminator().hasExceptionTarget() && (canThrow(callee) || coveredByExceptionEdge(block, i)))
                        && mayInlineInto(caller, call, callee)
                        && growth + size(callee) <= MAXIMUM_GROWTH) {
                    growth += size(callee);
                    inline(caller, b, i, callee);
                    break; // The rest of the block moved to the continuation, visited next.
                }
            }
        }
    }

    /** Whether the chain of methods inlined around {@code call} leaves room for {@code callee}, and does not hold it. */
    private static boolean mayInlineInto(Function caller, Instruction call, Function callee) {
        if (call.inlinedCall() == null) {
            return true; // The caller's own call: a recursive method may be inlined into itself once.
        }
        if (call.inlinedCall().depth() >= MAXIMUM_DEPTH || callee.symbol().equals(caller.symbol())) {
            return false;
        }
        for (InlinedCall at = call.inlinedCall(); at != null; at = at.outer()) {
            if (at.method().equals(callee.symbol())) {
                return false;
            }
        }
        return true;
    }

    /** Whether any instruction of {@code function} can throw. */
    private static boolean canThrow(Function function) {
        return function.blocks().stream().flatMap(block -> block.instructions().stream())
                .anyMatch(instruction -> instruction.opcode().canThrow);
    }

    /** The size of a method in IR instructions, jumps left out (block merging removes most of them). */
    private static int size(Function function) {
        return (int) function.blocks().stream().flatMap(block -> block.instructions().stream())
                .filter(instruction -> instruction.opcode() != Opcode.JUMP).count();
    }

    /**
     * Whether the exception edge of the block (which has one) belongs to the instruction at {@code index}: in a try block
     * the last instruction that can throw ends its block with the edge (such a call is left alone;
     * the dispatch block expects a throw from it).
     */
    private static boolean coveredByExceptionEdge(Block block, int index) {
        List<Instruction> instructions = block.instructions();
        for (int i = index + 1; i < instructions.size() - 1; i++) {
            if (instructions.get(i).opcode().canThrow) {
                return false;
            }
        }
        return true;
    }

    /** A copy of {@code function} that later changes to it do not affect. */
    private static Function snapshot(Function function) {
        Function copy = new Function(function.symbol(), function.displayName(), function.sourceFile(),
                function.returnKind());
        Map<VirtualRegister, Value> values = new HashMap<>();
        for (VirtualRegister parameter : function.parameters()) {
            values.put(parameter, copy.addParameter(parameter.kind(), parameter.name()));
        }
        Map<Block, Block> copies = new HashMap<>();
        for (Block original : function.blocks()) {
            Block block = copy.newBlock();
            copies.put(original, block);
            for (VirtualRegister parameter : original.parameters()) {
                values.put(parameter, copy.addBlockParameter(block, parameter.kind(), parameter.name()));
            }
        }
        for (Block original : function.blocks()) {
            for (Instruction instruction : original.instructions()) {
                copies.get(original).add(copyOf(instruction, values, copies, copy, instruction.inlinedCall()));
            }
        }
        return copy;
    }

    /** Replaces instruction {@code index} of block {@code blockIndex}, a call of {@code callee}, by its body. */
    private static void inline(Function caller, int blockIndex, int index, Function callee) {
        Block block = caller.blocks().get(blockIndex);
        Instruction call = block.instructions().get(index);
        InlinedCall inlinedCall = new InlinedCall(callee.symbol(), call.line(), call.inlinedCall());
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
                            .withPositionOf(call));
                } else {
                    copy.add(copyOf(instruction, values, copies, caller, within(instruction.inlinedCall(), inlinedCall)));
                }
            }
        }
        block.add(new Instruction(Opcode.JUMP, null, null).withTargets(copies.get(callee.entry()))
                .withPositionOf(call));
        if (!renamed.isEmpty()) {
            Substitution.apply(caller, renamed);
        }
    }

    /** The chain {@code inner} (null: none) continued by {@code outer}: the callee's own inlined frames, then the call's. */
    private static InlinedCall within(InlinedCall inner, InlinedCall outer) {
        return inner == null ? outer : new InlinedCall(inner.method(), inner.callLine(), within(inner.outer(), outer));
    }

    private static Instruction copyOf(Instruction instruction, Map<VirtualRegister, Value> values,
            Map<Block, Block> copies, Function into, InlinedCall inlinedCall) {
        Value[] operands = instruction.operands().stream().map(operand -> valueOf(operand, values, into))
                .toArray(Value[]::new);
        VirtualRegister result = instruction.result() == null ? null
                : (VirtualRegister) valueOf(instruction.result(), values, into);
        Instruction copy = new Instruction(instruction.opcode(), result, instruction.operationKind(), operands)
                .withCondition(instruction.condition()).withMemoryAccess(instruction.memoryAccess())
                .withSymbol(instruction.symbol()).withSwitchKeys(instruction.switchKeys())
                .withLine(instruction.line()).withInlinedCall(inlinedCall);
        if (instruction.noReturn()) {
            copy.withNoReturn();
        }
        for (int t = 0; t < instruction.targets().size(); t++) {
            List<Value> arguments = new ArrayList<>();
            for (Value argument : instruction.arguments(t)) {
                arguments.add(valueOf(argument, values, into));
            }
            copy.addTarget(copies.get(instruction.targets().get(t)), arguments);
        }
        return copy;
    }

    /** The copy's value for an original value: constants as they are, registers renamed once. */
    private static Value valueOf(Value value, Map<VirtualRegister, Value> values, Function into) {
        if (!(value instanceof VirtualRegister register)) {
            return value;
        }
        return values.computeIfAbsent(register, r -> into.newRegister(r.kind(), r.name()));
    }

    private static Block newBlockAt(Function function, int position) {
        Block block = function.newBlock();
        function.blocks().remove(function.blocks().size() - 1);
        function.blocks().add(position, block);
        return block;
    }
}
