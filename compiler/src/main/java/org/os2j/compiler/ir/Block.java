package org.os2j.compiler.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block: parameters, then straight-line instructions ending in exactly one terminator.
 * Successors are the terminator's targets. Printed as {@code bN} or {@code bN(%3: i32, %4: ref)}.
 *
 * <p>Block parameters are how SSA merges values (in place of phi instructions, as in Cranelift and
 * MLIR): each parameter is a value defined on entry, and every edge into the block passes one
 * argument per parameter, of the same kind, in order. The entry block has no parameters (the
 * function's own are defined there). Out of SSA form no block has parameters.
 */
public final class Block {
    private final int number;
    private final List<VirtualRegister> parameters = new ArrayList<>();
    private final List<Instruction> instructions = new ArrayList<>();

    Block(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The block's parameters, in the order edges pass their arguments. */
    public List<VirtualRegister> parameters() {
        return parameters;
    }

    public List<Instruction> instructions() {
        return instructions;
    }

    public Instruction add(Instruction instruction) {
        instructions.add(instruction);
        return instruction;
    }

    public Instruction terminator() {
        return instructions.isEmpty() ? null : instructions.get(instructions.size() - 1);
    }

    public boolean isTerminated() {
        Instruction last = terminator();
        return last != null && last.opcode().isTerminator;
    }

    public List<Block> successors() {
        Instruction last = terminator();
        return last == null || !last.opcode().isTerminator ? List.of() : last.targets();
    }

    @Override
    public String toString() {
        return "b" + number;
    }
}
