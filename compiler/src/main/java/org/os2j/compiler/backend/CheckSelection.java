package org.os2j.compiler.backend;

import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.world.RuntimeSupport;
import org.os2j.compiler.x86.Assembler;
import org.os2j.compiler.x86.Condition;
import org.os2j.compiler.x86.Immediate;
import org.os2j.compiler.x86.Label;
import org.os2j.compiler.x86.Mnemonic;
import org.os2j.compiler.x86.Operand;
import org.os2j.compiler.x86.Register;
import org.os2j.compiler.x86.Width;

/**
 * Instruction selection for the implicit checks, part of {@link CodeGenerator}: null, zero divisor
 * and array bounds. The check is one compare and a conditional jump to an out-of-line stub at the
 * end of the function that calls the runtime's report routine (runtime/report/ImplicitExceptions),
 * which does not return; null and zero stubs are shared per function. Unwinding to handlers
 * replaces the report when exceptions arrive.
 */
final class CheckSelection {
    private final CodeGenerator generator;
    private final Assembler assembler;
    private Label nullPointerStub;
    private Label divideByZeroStub;

    CheckSelection(CodeGenerator generator) {
        this.generator = generator;
        this.assembler = generator.assembler();
    }


    void nullCheck(Instruction instruction) {
        if (nullPointerStub == null) {
            nullPointerStub = reportStub(RuntimeSupport.NULL_POINTER.symbol());
        }
        Operand value = generator.operand(instruction.operand(0));
        if (value instanceof Immediate immediate) {
            if (immediate.value() == 0) { // A constant null: the check always fails.
                assembler.jump(nullPointerStub);
            }
            return;
        }
        if (value instanceof Register register) {
            assembler.emit(Mnemonic.TEST, Width.QWORD, register, register);
        } else {
            assembler.emit(Mnemonic.CMP, Width.QWORD, value, Immediate.of(0));
        }
        assembler.jump(Condition.EQUAL, nullPointerStub);
    }

    void zeroCheck(Instruction instruction) {
        if (divideByZeroStub == null) {
            divideByZeroStub = reportStub(RuntimeSupport.DIVIDE_BY_ZERO.symbol());
        }
        Value divisor = instruction.operand(0);
        Operand value = generator.operand(divisor);
        if (value instanceof Immediate immediate) {
            if (immediate.value() == 0) { // A constant zero divisor: the check always fails.
                assembler.jump(divideByZeroStub);
            }
            return;
        }
        Width width = CodeGenerator.widthOf(divisor.kind());
        if (value instanceof Register register) {
            assembler.emit(Mnemonic.TEST, width, register, register);
        } else {
            assembler.emit(Mnemonic.CMP, width, value, Immediate.of(0));
        }
        assembler.jump(Condition.EQUAL, divideByZeroStub);
    }

    /** Unsigned index >= length catches negative indexes too (one compare). */
    void boundsCheck(Instruction instruction) {
        Value index = instruction.operand(0);
        Value length = instruction.operand(1);
        Label stub = assembler.newLabel();
        Operand indexOperand = generator.operand(index);
        if (indexOperand instanceof Immediate) {
            Register lengthRegister = generator.inRegister(length, Register.RAX);
            assembler.emit(Mnemonic.CMP, Width.DWORD, lengthRegister, indexOperand);
            assembler.jump(Condition.BELOW_OR_EQUAL, stub);
        } else {
            Register indexRegister = generator.inRegister(index, Register.RAX);
            assembler.emit(Mnemonic.CMP, Width.DWORD, indexRegister, generator.source(length, Register.R11));
            assembler.jump(Condition.ABOVE_OR_EQUAL, stub);
        }
        Operand indexSource = generator.operand(index);
        Operand lengthSource = generator.operand(length);
        generator.addStub(() -> {
            assembler.bind(stub);
            ParallelMove moves = new ParallelMove();
            moves.add(FrameLayout.ARGUMENTS.get(0), indexSource, Width.DWORD);
            moves.add(FrameLayout.ARGUMENTS.get(1), lengthSource, Width.DWORD);
            moves.emit(assembler);
            assembler.call(RuntimeSupport.INDEX_OUT_OF_BOUNDS.symbol());
            assembler.emit(Mnemonic.UD2);
        });
    }

    /** A shared out-of-line call to a runtime report routine that does not return. */
    private Label reportStub(String symbol) {
        Label label = assembler.newLabel();
        generator.addStub(() -> {
            assembler.bind(label);
            assembler.call(symbol);
            assembler.emit(Mnemonic.UD2);
        });
        return label;
    }
}
