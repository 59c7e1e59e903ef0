package org.os2j.compiler.pass;

import java.util.ArrayList;
import java.util.List;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Constant;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Kind;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * Replaces INT and LONG division and remainder by a constant power of two, 2^k with k >= 1, by
 * shifts: JVMS idiv/ldiv truncate toward zero, so a negative dividend is first biased by 2^k - 1
 * (the sign, shifted logically right by width - k), then shifted arithmetically right by k; the
 * remainder is the dividend minus that quotient times 2^k (JVMS irem: {@code (a/b)*b + a%b == a}).
 * An x86 IDIV takes tens of cycles; the four or five instructions here take a few. Requires: SSA
 * form. Guarantees: the same results for every dividend, MIN_VALUE included; no division by a
 * power-of-two constant remains.
 */
final class ReduceDivisionStrength implements Pass {
    @Override
    public String name() {
        return "reduce-division-strength";
    }

    @Override
    public void run(Function function) {
        for (Block block : function.blocks()) {
            List<Instruction> rewritten = new ArrayList<>(block.instructions().size());
            for (Instruction instruction : block.instructions()) {
                int shift = powerOfTwoDivisor(instruction);
                if (shift > 0) {
                    reduce(function, instruction, shift, rewritten);
                } else {
                    rewritten.add(instruction);
                }
            }
            block.instructions().clear();
            block.instructions().addAll(rewritten);
        }
    }

    /** k when the instruction divides an INT or LONG by 2^k with k >= 1, otherwise 0. */
    private static int powerOfTwoDivisor(Instruction instruction) {
        if ((instruction.opcode() != Opcode.DIVIDE && instruction.opcode() != Opcode.REMAINDER)
                || instruction.operationKind().isFloatingPoint()
                || !(instruction.operand(1) instanceof Constant divisor)) {
            return 0;
        }
        long value = instruction.operationKind() == Kind.INT ? (int) divisor.bits() : divisor.bits();
        return value > 1 && Long.bitCount(value) == 1 ? Long.numberOfTrailingZeros(value) : 0;
    }

    private static void reduce(Function function, Instruction division, int shift, List<Instruction> out) {
        Kind kind = division.operationKind();
        int width = kind == Kind.INT ? 32 : 64;
        Value dividend = division.operand(0);
        VirtualRegister sign = emit(function, out, division, Opcode.SHIFT_RIGHT, dividend, Constant.ofInt(width - 1));
        VirtualRegister bias = emit(function, out, division, Opcode.UNSIGNED_SHIFT_RIGHT, sign,
                Constant.ofInt(width - shift));
        VirtualRegister biased = emit(function, out, division, Opcode.ADD, dividend, bias);
        if (division.opcode() == Opcode.DIVIDE) {
            out.add(new Instruction(Opcode.SHIFT_RIGHT, division.result(), kind, biased, Constant.ofInt(shift))
                    .withPositionOf(division));
            return;
        }
        long mask = -(1L << shift);
        Constant truncation = kind == Kind.INT ? Constant.ofInt((int) mask) : Constant.ofLong(mask);
        VirtualRegister truncated = emit(function, out, division, Opcode.AND, biased, truncation);
        out.add(new Instruction(Opcode.SUBTRACT, division.result(), kind, dividend, truncated)
                .withPositionOf(division));
    }

    private static VirtualRegister emit(Function function, List<Instruction> out, Instruction division,
            Opcode opcode, Value left, Value right) {
        Kind kind = division.operationKind();
        VirtualRegister result = function.newRegister(kind, null);
        out.add(new Instruction(opcode, result, kind, left, right).withPositionOf(division));
        return result;
    }
}
