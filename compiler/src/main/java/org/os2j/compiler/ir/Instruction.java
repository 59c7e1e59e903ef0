package org.os2j.compiler.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One IR operation: an {@link Opcode}, an optional result register, operands, and the attributes
 * some opcodes need (kind of the operation, branch condition, memory shape, symbol, targets with
 * the arguments they pass, and switch keys). The source line is kept for diagnostics and, later, line tables.
 */
public final class Instruction {
    private final Opcode opcode;
    private VirtualRegister result;
    private final List<Value> operands;
    /** The kind the operation works on (for arithmetic and comparisons); the result's kind otherwise. */
    private final Kind operationKind;
    private Condition condition;
    private MemoryAccess memoryAccess;
    private String symbol;
    private final List<Block> targets = new ArrayList<>();
    /** Per target, the arguments of its block's parameters (SSA form; empty lists out of it). */
    private final List<List<Value>> targetArguments = new ArrayList<>();
    private int[] switchKeys;
    /**
     * Whether the last target is the exception target: where control goes, with that target's
     * arguments, when the instruction before this terminator throws (or, for THROW, when it throws).
     */
    private boolean hasExceptionTarget;
    /** For CALL: the callee never returns (the block ends in UNREACHABLE after it). */
    private boolean noReturn;
    private int line;
    /** Set on the code of an inlined method: which method, called from where (null otherwise). */
    private InlinedCall inlinedCall;

    public Instruction(Opcode opcode, VirtualRegister result, Kind operationKind, Value... operands) {
        this.opcode = opcode;
        this.result = result;
        this.operationKind = operationKind;
        this.operands = new ArrayList<>(Arrays.asList(operands));
    }

    public Opcode opcode() { return opcode; }
    public VirtualRegister result() { return result; }
    public void setResult(VirtualRegister result) { this.result = result; }
    public List<Value> operands() { return operands; }
    public Value operand(int index) { return operands.get(index); }
    public void setOperand(int index, Value value) { operands.set(index, value); }
    public Kind operationKind() { return operationKind; }
    public Condition condition() { return condition; }
    public Instruction withCondition(Condition condition) { this.condition = condition; return this; }
    public MemoryAccess memoryAccess() { return memoryAccess; }
    public Instruction withMemoryAccess(MemoryAccess access) { this.memoryAccess = access; return this; }
    public String symbol() { return symbol; }
    public Instruction withSymbol(String symbol) { this.symbol = symbol; return this; }
    /** The successor blocks, read-only: change them with {@link #setTarget} or {@link #addTarget}. */
    public List<Block> targets() { return Collections.unmodifiableList(targets); }
    public Instruction withTargets(Block... blocks) {
        for (Block block : blocks) {
            addTarget(block, List.of());
        }
        return this;
    }
    /** Adds a target passing {@code arguments} to its parameters. */
    public Instruction addTarget(Block block, List<Value> arguments) {
        targets.add(block);
        targetArguments.add(new ArrayList<>(arguments));
        return this;
    }
    /** Replaces target {@code index} and the arguments passed to it. */
    public void setTarget(int index, Block block, List<Value> arguments) {
        targets.set(index, block);
        targetArguments.set(index, new ArrayList<>(arguments));
    }
    /** The (mutable) arguments passed to target {@code index}'s parameters. */
    public List<Value> arguments(int index) { return targetArguments.get(index); }
    /** Copies every target and its arguments of {@code other} onto this instruction. */
    public Instruction withTargetsOf(Instruction other) {
        for (int i = 0; i < other.targets.size(); i++) {
            addTarget(other.targets.get(i), other.targetArguments.get(i));
        }
        hasExceptionTarget = other.hasExceptionTarget;
        return this;
    }
    /** Adds the exception target (always the last target; see {@link #exceptionTarget}). */
    public Instruction withExceptionTarget(Block block, List<Value> arguments) {
        addTarget(block, arguments);
        hasExceptionTarget = true;
        return this;
    }
    public boolean hasExceptionTarget() { return hasExceptionTarget; }
    /** Drops the exception target and its arguments (nothing before this terminator can throw any more). */
    public void removeExceptionTarget() {
        if (hasExceptionTarget) {
            targets.remove(targets.size() - 1);
            targetArguments.remove(targetArguments.size() - 1);
            hasExceptionTarget = false;
        }
    }
    /** Replaces the exception target (it passes no arguments: out of SSA form, or a new edge block). */
    public void setExceptionTarget(Block block) {
        setTarget(targets.size() - 1, block, List.of());
    }
    /** The block an exception thrown here goes to, or null when it leaves the function. */
    public Block exceptionTarget() { return hasExceptionTarget ? targets.get(targets.size() - 1) : null; }
    /** The number of targets that ordinary control flow takes (the exception target excluded). */
    public int normalTargetCount() { return targets.size() - (hasExceptionTarget ? 1 : 0); }
    public int[] switchKeys() { return switchKeys; }
    public Instruction withSwitchKeys(int[] keys) { this.switchKeys = keys; return this; }
    public boolean noReturn() { return noReturn; }
    public Instruction withNoReturn() { this.noReturn = true; return this; }
    public int line() { return line; }
    public Instruction withLine(int line) { this.line = line; return this; }
    public InlinedCall inlinedCall() { return inlinedCall; }
    public Instruction withInlinedCall(InlinedCall call) { this.inlinedCall = call; return this; }
    /**
     * Takes {@code other}'s source position (line and inlined call): for instructions that replace
     * or expand another, so that the call sites they become name the same frames.
     */
    public Instruction withPositionOf(Instruction other) {
        this.line = other.line;
        this.inlinedCall = other.inlinedCall;
        return this;
    }

    @Override
    public String toString() {
        return IrPrinter.format(this);
    }
}
