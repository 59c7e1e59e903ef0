package org.os2j.compiler.backend;

import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Kind;
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
import org.os2j.compiler.x86.XmmRegister;

/**
 * Instruction selection for FLOAT and DOUBLE, part of {@link CodeGenerator}: SSE2 scalar
 * arithmetic (Intel SDM Vol. 1, 11.4), which rounds each operation to its format as JVMS 2.8
 * requires of every Java 17 class (all are strictfp, JLS 15.4). What SSE does not give directly:
 *
 * <ul>
 * <li>Conversions to int and long: CVTTSD2SI returns the "integer indefinite" MIN_VALUE for NaN
 *     and out-of-range values; JVMS d2i wants 0 for NaN and MAX_VALUE for large positives, so an
 *     out-of-line fix-up runs when the result is MIN_VALUE ({@code cmp r, 1} overflows exactly
 *     then).</li>
 * <li>Negation flips the sign bit (XORPS with a mask), so that -0.0 and NaNs behave as JVMS dneg.</li>
 * <li>Remainder (JVMS drem, truncating like C fmod, exact) uses x87 FPREM, which computes the
 *     exact partial remainder and repeats until the status word's C2 bit is clear (SDM Vol. 2,
 *     FPREM). FPREM does not depend on the x87 precision control.</li>
 * <li>Comparisons: UCOMISD sets ZF, PF, CF to 1,1,1 when unordered, 0,0,1 for less, 1,0,0 for
 *     equal, 0,0,0 for greater (SDM Vol. 2, UCOMISD), so "above" and "above or equal" are the
 *     ordered greater relations and "below"/"below or equal" the unordered-or-less ones; the
 *     others swap operands. Only ordered equality and unordered inequality need two jumps.</li>
 * </ul>
 * Scratch registers: XMM14, XMM15, and RAX/RCX/R11 as in {@link FrameLayout}.
 */
final class FloatingPointSelection {
    private final CodeGenerator generator;
    private final Assembler assembler;

    FloatingPointSelection(CodeGenerator generator) {
        this.generator = generator;
        this.assembler = generator.assembler();
    }

    /** Selects {@code instruction} if it is a floating-point one; returns whether it did. */
    boolean select(Instruction instruction, Block next) {
        Opcode opcode = instruction.opcode();
        Kind kind = instruction.operationKind();
        boolean floating = kind != null && kind.isFloatingPoint();
        switch (opcode) {
            case ADD, SUBTRACT, MULTIPLY, DIVIDE -> {
                if (!floating) {
                    return false;
                }
                arithmetic(instruction, opcode, kind == Kind.DOUBLE);
            }
            case REMAINDER -> {
                if (!floating) {
                    return false;
                }
                remainder(instruction);
            }
            case NEGATE -> {
                if (!floating) {
                    return false;
                }
                negate(instruction);
            }
            case SQUARE_ROOT -> unary(instruction, kind == Kind.DOUBLE ? Mnemonic.SQRTSD : Mnemonic.SQRTSS);
            case BRANCH -> {
                if (!floating) {
                    return false;
                }
                branch(instruction, next);
            }
            case COMPARE_FLOATING_NAN_LESS, COMPARE_FLOATING_NAN_GREATER -> compare(instruction);
            case INT_TO_FLOAT, LONG_TO_FLOAT -> fromInteger(instruction, Mnemonic.CVTSI2SS);
            case INT_TO_DOUBLE, LONG_TO_DOUBLE -> fromInteger(instruction, Mnemonic.CVTSI2SD);
            case FLOAT_TO_DOUBLE -> unary(instruction, Mnemonic.CVTSS2SD);
            case DOUBLE_TO_FLOAT -> unary(instruction, Mnemonic.CVTSD2SS);
            case FLOAT_TO_INT, FLOAT_TO_LONG -> toInteger(instruction, Mnemonic.CVTTSS2SI, false);
            case DOUBLE_TO_INT, DOUBLE_TO_LONG -> toInteger(instruction, Mnemonic.CVTTSD2SI, true);
            default -> {
                return false;
            }
        }
        return true;
    }

    // ---- operands ------------------------------------------------------------------------------

    /** The value as an XMM register or memory source; a constant is loaded into {@code scratch}. */
    private Operand source(Value value, XmmRegister scratch) {
        Operand operand = generator.operand(value);
        if (operand instanceof Immediate) {
            ParallelMove.move(assembler, scratch, operand, CodeGenerator.widthOf(value.kind()));
            return scratch;
        }
        return operand;
    }

    /** The value in an XMM register: its own, or {@code scratch} after loading it there. */
    private XmmRegister inXmm(Value value, XmmRegister scratch) {
        Operand operand = generator.operand(value);
        if (operand instanceof XmmRegister register) {
            return register;
        }
        ParallelMove.move(assembler, scratch, operand, CodeGenerator.widthOf(value.kind()));
        return scratch;
    }

    // ---- arithmetic ----------------------------------------------------------------------------

    private static Mnemonic arithmeticMnemonic(Opcode opcode, boolean isDouble) {
        return switch (opcode) {
            case ADD -> isDouble ? Mnemonic.ADDSD : Mnemonic.ADDSS;
            case SUBTRACT -> isDouble ? Mnemonic.SUBSD : Mnemonic.SUBSS;
            case MULTIPLY -> isDouble ? Mnemonic.MULSD : Mnemonic.MULSS;
            default -> isDouble ? Mnemonic.DIVSD : Mnemonic.DIVSS;
        };
    }

    private void arithmetic(Instruction instruction, Opcode opcode, boolean isDouble) {
        Mnemonic mnemonic = arithmeticMnemonic(opcode, isDouble);
        Width width = CodeGenerator.widthOf(instruction.operationKind());
        Value left = instruction.operand(0);
        Value right = instruction.operand(1);
        XmmRegister result = generator.operandOrXmmScratch(instruction);
        Operand leftOperand = generator.operand(left);
        Operand rightOperand = generator.operand(right);
        if (rightOperand.equals(result) && !leftOperand.equals(result)) {
            if (opcode.isCommutative()) {
                assembler.emit(mnemonic, null, result, source(left, FrameLayout.XMM_SCRATCH_2));
            } else {
                ParallelMove.move(assembler, FrameLayout.XMM_SCRATCH_2, rightOperand, width);
                ParallelMove.move(assembler, result, leftOperand, width);
                assembler.emit(mnemonic, null, result, FrameLayout.XMM_SCRATCH_2);
            }
        } else {
            ParallelMove.move(assembler, result, leftOperand, width);
            assembler.emit(mnemonic, null, result, source(right, FrameLayout.XMM_SCRATCH_2));
        }
        generator.storeResult(instruction, result);
    }

    /** {@code result = op(operand)} for SQRTSx and the float/double conversions. */
    private void unary(Instruction instruction, Mnemonic mnemonic) {
        XmmRegister result = generator.operandOrXmmScratch(instruction);
        assembler.emit(mnemonic, null, result, source(instruction.operand(0), FrameLayout.XMM_SCRATCH_2));
        generator.storeResult(instruction, result);
    }

    private void negate(Instruction instruction) {
        Width width = CodeGenerator.widthOf(instruction.operationKind());
        XmmRegister result = generator.operandOrXmmScratch(instruction);
        ParallelMove.move(assembler, result, generator.operand(instruction.operand(0)), width);
        long signBit = width == Width.DWORD ? 0x8000_0000L : Long.MIN_VALUE;
        ParallelMove.move(assembler, FrameLayout.XMM_SCRATCH_2, Immediate.of(signBit), width);
        assembler.emit(Mnemonic.XORPS, null, result, FrameLayout.XMM_SCRATCH_2);
        generator.storeResult(instruction, result);
    }

    /** x87 FPREM on a 16-byte scratch area below RSP (reserved by moving RSP, so interrupts cannot clobber it). */
    private void remainder(Instruction instruction) {
        Width width = CodeGenerator.widthOf(instruction.operationKind());
        Memory dividendSlot = Memory.of(Register.RSP, 0);
        Memory divisorSlot = Memory.of(Register.RSP, 8);
        assembler.emit(Mnemonic.SUB, Width.QWORD, Register.RSP, Immediate.of(16));
        // Operands are RBP-relative, so they stay addressable after RSP moved.
        generator.storeTo(divisorSlot, instruction.operationKind().size, instruction.operand(1));
        generator.storeTo(dividendSlot, instruction.operationKind().size, instruction.operand(0));
        assembler.emit(Mnemonic.FLD, width, divisorSlot);
        assembler.emit(Mnemonic.FLD, width, dividendSlot);
        Label again = assembler.newLabel();
        assembler.bind(again);
        assembler.emit(Mnemonic.FPREM);
        assembler.emit(Mnemonic.FNSTSW, Width.WORD, Register.RAX);
        assembler.emit(Mnemonic.TEST, Width.DWORD, Register.RAX, Immediate.of(0x400)); // C2: reduction incomplete
        assembler.jump(Condition.NOT_EQUAL, again);
        assembler.emit(Mnemonic.FSTP, width, dividendSlot);
        assembler.emit(Mnemonic.FSTP, width, divisorSlot); // pops the divisor
        XmmRegister result = generator.operandOrXmmScratch(instruction);
        ParallelMove.move(assembler, result, dividendSlot, width);
        assembler.emit(Mnemonic.ADD, Width.QWORD, Register.RSP, Immediate.of(16));
        generator.storeResult(instruction, result);
    }

    // ---- conversions ---------------------------------------------------------------------------

    /** CVTSI2Sx from a 32- or 64-bit integer; XORPS first breaks the dependency on the old register. */
    private void fromInteger(Instruction instruction, Mnemonic mnemonic) {
        Value source = instruction.operand(0);
        Width width = CodeGenerator.widthOf(source.kind());
        Operand operand = generator.operand(source);
        if (operand instanceof Immediate) {
            ParallelMove.move(assembler, Register.RAX, operand, width);
            operand = Register.RAX;
        }
        XmmRegister result = generator.operandOrXmmScratch(instruction);
        assembler.emit(Mnemonic.XORPS, null, result, result);
        assembler.emit(mnemonic, width, result, operand);
        generator.storeResult(instruction, result);
    }

    /**
     * CVTTSx2SI, then the JVMS f2i/d2i rules for the values x86 maps to MIN_VALUE: NaN becomes 0,
     * a positive value too large becomes MAX_VALUE (MIN_VALUE - 1, wrapping), a negative one stays.
     */
    private void toInteger(Instruction instruction, Mnemonic mnemonic, boolean isDouble) {
        Width width = CodeGenerator.widthOf(instruction.result().kind());
        XmmRegister source = inXmm(instruction.operand(0), FrameLayout.XMM_SCRATCH_2);
        Register result = generator.resultRegister(instruction);
        assembler.emit(mnemonic, width, result, source);
        assembler.emit(Mnemonic.CMP, width, result, Immediate.of(1));
        Label fixUp = assembler.newLabel();
        Label done = assembler.newLabel();
        assembler.jump(Condition.OVERFLOW, fixUp);
        assembler.bind(done);
        generator.storeResult(instruction, result);
        generator.addStub(() -> {
            assembler.bind(fixUp);
            assembler.emit(isDouble ? Mnemonic.UCOMISD : Mnemonic.UCOMISS, null, source, source);
            Label notNaN = assembler.newLabel();
            assembler.jump(Condition.NO_PARITY, notNaN);
            assembler.emit(Mnemonic.XOR, Width.DWORD, result, result);
            assembler.jump(done);
            assembler.bind(notNaN);
            Width sourceWidth = isDouble ? Width.QWORD : Width.DWORD;
            ParallelMove.move(assembler, Register.R11, source, sourceWidth);
            assembler.emit(Mnemonic.TEST, sourceWidth, Register.R11, Register.R11);
            assembler.jump(Condition.SIGN, done);
            assembler.emit(Mnemonic.SUB, width, result, Immediate.of(1));
            assembler.jump(done);
        });
    }

    // ---- comparisons ---------------------------------------------------------------------------

    private Mnemonic compareMnemonic(Instruction instruction) {
        return instruction.operationKind() == Kind.DOUBLE ? Mnemonic.UCOMISD : Mnemonic.UCOMISS;
    }

    /** fcmpl/fcmpg as a value: -1, 0 or 1, and the NaN outcome when unordered. */
    private void compare(Instruction instruction) {
        XmmRegister left = inXmm(instruction.operand(0), FrameLayout.XMM_SCRATCH);
        Operand right = source(instruction.operand(1), FrameLayout.XMM_SCRATCH_2);
        int unordered = instruction.opcode() == Opcode.COMPARE_FLOATING_NAN_LESS ? -1 : 1;
        assembler.emit(compareMnemonic(instruction), null, left, right);
        Label done = assembler.newLabel();
        assembler.emit(Mnemonic.MOV, Width.DWORD, Register.RAX, Immediate.of(unordered));
        assembler.jump(Condition.PARITY, done);
        assembler.setcc(Condition.ABOVE, Register.RAX);
        assembler.setcc(Condition.BELOW, Register.RCX);
        assembler.emit(Mnemonic.SUB, Width.BYTE, Register.RAX, Register.RCX);
        assembler.emit(Mnemonic.MOVSX, Width.DWORD, Width.BYTE, Register.RAX, Register.RAX);
        assembler.bind(done);
        generator.storeResult(instruction, Register.RAX);
    }

    private void branch(Instruction instruction, Block next) {
        org.os2j.compiler.ir.Condition condition = instruction.condition();
        Value left = instruction.operand(0);
        Value right = instruction.operand(1);
        org.os2j.compiler.ir.Condition relation = condition.relation();
        boolean swap = condition.isUnordered()
                ? relation == org.os2j.compiler.ir.Condition.GREATER
                        || relation == org.os2j.compiler.ir.Condition.GREATER_OR_EQUAL
                : relation == org.os2j.compiler.ir.Condition.LESS
                        || relation == org.os2j.compiler.ir.Condition.LESS_OR_EQUAL;
        if (swap) {
            Value exchanged = left;
            left = right;
            right = exchanged;
            condition = condition.swapOperands();
        }
        XmmRegister leftRegister = inXmm(left, FrameLayout.XMM_SCRATCH);
        assembler.emit(compareMnemonic(instruction), null, leftRegister, source(right, FrameLayout.XMM_SCRATCH_2));
        Label taken = generator.label(instruction.targets().get(0));
        Block notTakenBlock = instruction.targets().get(1);
        Label notTaken = generator.label(notTakenBlock);
        boolean takenIsNext = instruction.targets().get(0) == next;
        switch (condition) {
            case EQUAL -> { // ZF = 1 and PF = 0
                assembler.jump(Condition.PARITY, notTaken);
                if (takenIsNext) {
                    assembler.jump(Condition.NOT_EQUAL, notTaken);
                    return;
                }
                assembler.jump(Condition.EQUAL, taken);
            }
            case UNORDERED_OR_NOT_EQUAL -> { // ZF = 0 or PF = 1
                assembler.jump(Condition.PARITY, taken);
                if (takenIsNext) {
                    assembler.jump(Condition.EQUAL, notTaken);
                    return;
                }
                assembler.jump(Condition.NOT_EQUAL, taken);
            }
            default -> {
                Condition flags = switch (condition) {
                    case GREATER -> Condition.ABOVE;
                    case GREATER_OR_EQUAL -> Condition.ABOVE_OR_EQUAL;
                    case NOT_EQUAL -> Condition.NOT_EQUAL;
                    case UNORDERED_OR_EQUAL -> Condition.EQUAL;
                    case UNORDERED_OR_LESS -> Condition.BELOW;
                    case UNORDERED_OR_LESS_OR_EQUAL -> Condition.BELOW_OR_EQUAL;
                    default -> throw new IllegalStateException("condition not normalized: " + condition);
                };
                if (takenIsNext) {
                    assembler.jump(flags.negate(), notTaken);
                    return;
                }
                assembler.jump(flags, taken);
            }
        }
        generator.jumpTo(notTakenBlock, next);
    }
}
