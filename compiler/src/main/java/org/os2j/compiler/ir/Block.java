package org.os2j.compiler.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block: straight-line instructions ending in exactly one terminator. Successors are the
 * terminator's targets. Printed as {@code bN}.
 */
public final class Block {
    private final int number;
    private final List<Instruction> instructions = new ArrayList<>();

    Block(int number) {
        this.number = number;
    }

    public int number() {
        return number;
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
        return last == null ? List.of() : last.targets();
    }

    @Override
    public String toString() {
        return "b" + number;
    }
}
