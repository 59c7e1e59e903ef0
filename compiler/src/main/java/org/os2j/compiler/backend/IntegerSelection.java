package org.os2j.compiler.backend;

import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
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
 * Instruction selection for INT and LONG arithmetic, part of {@link CodeGenerator}: two-address
 * ALU forms over the allocated locations (an add or subtract into a third register is one LEA),
 * IDIV with the JVM's MIN_VALUE / -1 rule, shifts whose count the hardware masks as JVMS ishl
 * does, lcmp through SETcc, and the narrowing conversions through MOVSX/MOVZX (Intel SDM Vol. 2).
 * Every selection here reads all its operands before it writes its result register, which
 * {@link LinearScanAllocator#readsOperandsFirst} relies on. Scratch registers: RAX, RCX, RDX, R11.
 */
final class IntegerSelection {
    private final CodeGenerator generator;
    private final Assembler assembler;

    IntegerSelection(CodeGenerator generator) {
        this.generator = generator;
        this.assembler = generator.assembler();
    }

    /** Selects {@code instruction} if it is integer arithmetic or an integer conversion; returns whether it did. */
    boolean select(Instruction instruction) {
        switch (instruction.opcode()) {
            case ADD -> arithmetic(instruction, Mnemonic.ADD);
            case SUBTRACT -> arithmetic(instruction, Mnemonic.SUB);
            case AND -> arithmetic(instruction, Mnemonic.AND);
            case OR -> arithmetic(instruction, Mnemonic.OR);
            case XOR -> arithmetic(instruction, Mnemonic.XOR);
            case MULTIPLY -> multiply(instruction);
            case DIVIDE, REMAINDER -> divide(instruction);
            case NEGATE -> {
                Register result = generator.resultRegister(instruction);
                Width width = CodeGenerator.widthOf(instruction.operationKind());
                ParallelMove.move(assembler, result, generator.operand(instruction.operand(0)), width);
                assembler.emit(Mnemonic.NEG, width, result);
                generator.storeResult(instruction, result);
            }
            case SHIFT_LEFT -> shift(instruction, Mnemonic.SHL);
            case SHIFT_RIGHT -> shift(instruction, Mnemonic.SAR);
            case UNSIGNED_SHIFT_RIGHT -> shift(instruction, Mnemonic.SHR);
            case COMPARE_LONG -> compareLong(instruction);
            case INT_TO_LONG -> {
                Register result = generator.resultRegister(instruction);
                Operand source = generator.operand(instruction.operand(0));
                if (source instanceof Immediate immediate) {
                    assembler.emit(Mnemonic.MOV, Width.QWORD, result, Immediate.of((int) immediate.value()));
                } else {
                    assembler.emit(Mnemonic.MOVSXD, Width.QWORD, result, source);
                }
                generator.storeResult(instruction, result);
            }
            case LONG_TO_INT -> {
                Register result = generator.resultRegister(instruction);
                Operand source = generator.operand(instruction.operand(0));
                if (source instanceof Immediate immediate) {
                    source = Immediate.of((int) immediate.value());
                }
                assembler.emit(Mnemonic.MOV, Width.DWORD, result, source);
                generator.storeResult(instruction, result);
            }
            case INT_TO_BYTE -> narrow(instruction, Mnemonic.MOVSX, Width.BYTE);
            case INT_TO_CHAR -> narrow(instruction, Mnemonic.MOVZX, Width.WORD);
            case INT_TO_SHORT -> narrow(instruction, Mnemonic.MOVSX, Width.WORD);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void arithmetic(Instruction instruction, Mnemonic mnemonic) {
        Width width = CodeGenerator.widthOf(instruction.operationKind());
        Value left = instruction.operand(0);
        Value right = instruction.operand(1);
        Register result = generator.resultRegister(instruction);
        if (threeAddress(instruction, result)) {
            return;
        }
        if (generator.operand(right).equals(result) && !generator.operand(left).equals(result)) {
            if (instruction.opcode().isCommutative()) {
                assembler.emit(mnemonic, width, result, generator.source(left, Register.R11));
            } else {
                ParallelMove.move(assembler, Register.R11, generator.operand(right), width);
                ParallelMove.move(assembler, result, generator.operand(left), width);
                assembler.emit(mnemonic, width, result, Register.R11);
            }
        } else {
            ParallelMove.move(assembler, result, generator.operand(left), width);
            assembler.emit(mnemonic, width, result, generator.source(right, Register.R11));
        }
        generator.storeResult(instruction, result);
    }

    /**
     * Selects an ADD or SUBTRACT whose result register differs from both operands' registers as one
     * LEA ({@code result = [left + right]} or {@code [left - immediate]}) instead of a move and the
     * two-address operation (Intel SDM Vol. 2A, LEA: the address is computed at 64 bits and
     * truncated to the operand size, which is the wrapping INT or LONG sum). LEA leaves the flags
     * alone; no selection reads the flags of an arithmetic instruction. Returns false when the form
     * does not apply.
     */
    private boolean threeAddress(Instruction instruction, Register result) {
        Opcode opcode = instruction.opcode();
        if ((opcode != Opcode.ADD && opcode != Opcode.SUBTRACT) || !(generator.operand(instruction.result()) instanceof Register)
                || !(generator.operand(instruction.operand(0)) instanceof Register left) || left.equals(result)) {
            return false;
        }
        Operand right = generator.operand(instruction.operand(1));
        Memory address;
        if (right instanceof Register index && !index.equals(result) && opcode == Opcode.ADD) {
            address = Memory.of(left, index, 1, 0);
        } else if (right instanceof Immediate immediate) {
            long displacement = opcode == Opcode.ADD ? immediate.value() : -immediate.value();
            if (displacement != (int) displacement) {
                return false;
            }
            address = Memory.of(left, displacement);
        } else {
            return false;
        }
        Width width = CodeGenerator.widthOf(instruction.operationKind());
        assembler.emit(Mnemonic.LEA, width == Width.QWORD ? Width.QWORD : Width.DWORD, result, address);
        return true;
    }

    private void multiply(Instruction instruction) {
        Width width = CodeGenerator.widthOf(instruction.operationKind());
        Value left = instruction.operand(0);
        Value right = instruction.operand(1);
        Register result = generator.resultRegister(instruction);
        Operand rightOperand = generator.operand(right);
        if (rightOperand.equals(result)) {
            Value swap = left;
            left = right;
            right = swap;
            rightOperand = generator.operand(right);
        }
        ParallelMove.move(assembler, result, generator.operand(left), width);
        if (rightOperand instanceof Immediate) {
            ParallelMove.move(assembler, Register.R11, rightOperand, width);
            rightOperand = Register.R11;
        }
        assembler.emit(Mnemonic.IMUL, width, result, rightOperand);
        generator.storeResult(instruction, result);
    }

    /**
     * idiv, with the JVM's rule that MIN_VALUE / -1 is MIN_VALUE and MIN_VALUE % -1 is 0 (JVMS idiv,
     * irem), which x86 idiv would fault on (#DE), handled by testing for a -1 divisor first.
     */
    private void divide(Instruction instruction) {
        Width width = CodeGenerator.widthOf(instruction.operationKind());
        boolean quotient = instruction.opcode() == Opcode.DIVIDE;
        Operand divisor = generator.operand(instruction.operand(1));
        ParallelMove.move(assembler, Register.RAX, generator.operand(instruction.operand(0)), width);
        if (divisor instanceof Immediate immediate) {
            if (immediate.value() == -1) {
                if (quotient) {
                    assembler.emit(Mnemonic.NEG, width, Register.RAX);
                } else {
                    assembler.emit(Mnemonic.XOR, Width.DWORD, Register.RAX, Register.RAX);
                }
                generator.storeResult(instruction, Register.RAX);
                return;
            }
            ParallelMove.move(assembler, Register.RCX, divisor, width);
            divisor = Register.RCX;
        }
        Label normal = assembler.newLabel();
        Label done = assembler.newLabel();
        if (!(divisor.equals(Register.RCX))) {
            assembler.emit(Mnemonic.CMP, width, divisor, Immediate.of(-1));
            assembler.jump(Condition.NOT_EQUAL, normal);
            if (quotient) {
                assembler.emit(Mnemonic.NEG, width, Register.RAX);
            } else {
                assembler.emit(Mnemonic.XOR, Width.DWORD, Register.RAX, Register.RAX);
            }
            assembler.jump(done);
        }
        assembler.bind(normal);
        assembler.emit(width == Width.QWORD ? Mnemonic.CQO : Mnemonic.CDQ);
        assembler.emit(Mnemonic.IDIV, width, divisor);
        if (!quotient) {
            assembler.emit(Mnemonic.MOV, width, Register.RAX, Register.RDX);
        }
        assembler.bind(done);
        generator.storeResult(instruction, Register.RAX);
    }

    /** Shift counts are masked by the hardware exactly as JVMS ishl/lshl require (5 or 6 bits). */
    private void shift(Instruction instruction, Mnemonic mnemonic) {
        Width width = CodeGenerator.widthOf(instruction.operationKind());
        Operand count = generator.operand(instruction.operand(1));
        Register result = generator.resultRegister(instruction);
        if (count instanceof Immediate immediate) {
            int masked = (int) immediate.value() & (width == Width.QWORD ? 63 : 31);
            ParallelMove.move(assembler, result, generator.operand(instruction.operand(0)), width);
            if (masked != 0) {
                assembler.emit(mnemonic, width, result, Immediate.of(masked));
            }
        } else {
            ParallelMove.move(assembler, Register.RCX, count, Width.DWORD);
            ParallelMove.move(assembler, result, generator.operand(instruction.operand(0)), width);
            assembler.emit(mnemonic, width, result, Register.RCX);
        }
        generator.storeResult(instruction, result);
    }

    private void compareLong(Instruction instruction) {
        Register left = generator.inRegister(instruction.operand(0), Register.RAX);
        assembler.emit(Mnemonic.CMP, Width.QWORD, left, generator.source(instruction.operand(1), Register.R11));
        assembler.setcc(Condition.GREATER, Register.RAX);
        assembler.setcc(Condition.LESS, Register.RCX);
        assembler.emit(Mnemonic.SUB, Width.BYTE, Register.RAX, Register.RCX);
        Register result = generator.resultRegister(instruction);
        assembler.emit(Mnemonic.MOVSX, Width.DWORD, Width.BYTE, result, Register.RAX);
        generator.storeResult(instruction, result);
    }

    private void narrow(Instruction instruction, Mnemonic mnemonic, Width from) {
        Register source = generator.inRegister(instruction.operand(0), Register.RAX);
        Register result = generator.resultRegister(instruction);
        assembler.emit(mnemonic, Width.DWORD, from, result, source);
        generator.storeResult(instruction, result);
    }
}
