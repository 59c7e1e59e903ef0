package org.os2j.compiler.backend;

import java.util.List;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.world.RuntimeSupport;
import org.os2j.compiler.x86.Assembler;
import org.os2j.compiler.x86.Condition;
import org.os2j.compiler.x86.Immediate;
import org.os2j.compiler.x86.Label;
import org.os2j.compiler.x86.Memory;
import org.os2j.compiler.x86.Mnemonic;
import org.os2j.compiler.x86.Operand;
import org.os2j.compiler.x86.Register;
import org.os2j.compiler.x86.Width;

/**
 * Instruction selection for the implicit checks, part of {@link CodeGenerator}: null, zero divisor
 * and array bounds. The check is one compare and a conditional jump to an out-of-line stub at the
 * end of the function, one per check, that calls the runtime routine throwing the exception
 * (runtime/report/ImplicitExceptions), which unwinds to a handler or ends the program.
 */
final class CheckSelection {
    private final CodeGenerator generator;
    private final Assembler assembler;

    CheckSelection(CodeGenerator generator) {
        this.generator = generator;
        this.assembler = generator.assembler();
    }

    /** The failing path passes the check's helpful message (the address of its image text), or 0. */
    void nullCheck(Instruction instruction) {
        Operand value = generator.operand(instruction.operand(0));
        Runnable message = () -> {
            if (instruction.symbol() != null) {
                assembler.emit(Mnemonic.LEA, Width.QWORD, FrameLayout.ARGUMENTS.get(0), Memory.rip(instruction.symbol(), 0));
            } else {
                assembler.emit(Mnemonic.XOR, Width.DWORD, FrameLayout.ARGUMENTS.get(0), FrameLayout.ARGUMENTS.get(0));
            }
        };
        if (value instanceof Immediate immediate) {
            if (immediate.value() == 0) { // A constant null: the check always fails.
                assembler.jump(throwingStub(instruction, RuntimeSupport.NULL_POINTER.symbol(), message));
            }
            return;
        }
        if (value instanceof Register register) {
            assembler.emit(Mnemonic.TEST, Width.QWORD, register, register);
        } else {
            assembler.emit(Mnemonic.CMP, Width.QWORD, value, Immediate.of(0));
        }
        assembler.jump(Condition.EQUAL, throwingStub(instruction, RuntimeSupport.NULL_POINTER.symbol(), message));
    }

    void zeroCheck(Instruction instruction) {
        Value divisor = instruction.operand(0);
        Operand value = generator.operand(divisor);
        if (value instanceof Immediate immediate) {
            if (immediate.value() == 0) { // A constant zero divisor: the check always fails.
                assembler.jump(throwingStub(instruction, RuntimeSupport.DIVIDE_BY_ZERO.symbol(), () -> { }));
            }
            return;
        }
        Width width = CodeGenerator.widthOf(divisor.kind());
        if (value instanceof Register register) {
            assembler.emit(Mnemonic.TEST, width, register, register);
        } else {
            assembler.emit(Mnemonic.CMP, width, value, Immediate.of(0));
        }
        assembler.jump(Condition.EQUAL, throwingStub(instruction, RuntimeSupport.DIVIDE_BY_ZERO.symbol(), () -> { }));
    }

    /** Unsigned index >= length catches negative indexes too (one compare). */
    void boundsCheck(Instruction instruction) {
        Value index = instruction.operand(0);
        Value length = instruction.operand(1);
        Operand indexSource = generator.operand(index);
        Operand lengthSource = generator.operand(length);
        Label stub = throwingStub(instruction, RuntimeSupport.INDEX_OUT_OF_BOUNDS.symbol(), () -> {
            ParallelMove moves = new ParallelMove();
            moves.add(FrameLayout.ARGUMENTS.get(0), indexSource, Width.DWORD);
            moves.add(FrameLayout.ARGUMENTS.get(1), lengthSource, Width.DWORD);
            moves.emit(assembler);
        });
        if (indexSource instanceof Immediate) {
            Register lengthRegister = generator.inRegister(length, Register.RAX);
            assembler.emit(Mnemonic.CMP, Width.DWORD, lengthRegister, indexSource);
            assembler.jump(Condition.BELOW_OR_EQUAL, stub);
        } else {
            Register indexRegister = generator.inRegister(index, Register.RAX);
            assembler.emit(Mnemonic.CMP, Width.DWORD, indexRegister, generator.source(length, Register.R11));
            assembler.jump(Condition.ABOVE_OR_EQUAL, stub);
        }
    }

    /**
     * The out-of-line path of one failing check: a call of the runtime routine that throws the
     * exception (runtime/report/ImplicitExceptions), recorded as a call site with the check's line
     * so the stack trace names it. Inside a try block the registers live across the check are saved
     * first, for the landing pad to reload.
     */
    private Label throwingStub(Instruction check, String symbol, Runnable arguments) {
        Label stub = assembler.newLabel();
        Block target = generator.exceptionTarget();
        List<Operand> saved = target == null ? List.of() : generator.calls().liveRegistersAcross(check);
        // Without a handler in this method the frame is abandoned by the throw: no roots in it.
        int[] referenceSlots = target == null ? new int[0] : generator.referenceSlots(check);
        generator.addStub(() -> {
            assembler.bind(stub);
            generator.calls().save(saved);
            arguments.run();
            assembler.call(symbol);
            generator.recordCall(check, saved, target, referenceSlots);
            assembler.emit(Mnemonic.UD2);
        });
        return stub;
    }
}
