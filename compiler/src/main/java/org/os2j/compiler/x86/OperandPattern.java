package org.os2j.compiler.x86;

import java.util.Locale;

/**
 * One operand of an {@link EncodingTable} row, written in the notation of the Intel SDM Vol. 2,
 * 3.1.1.3 "Instruction Column in the Opcode Summary Table": {@code r8 r16 r32 r64},
 * {@code r/m8 ... r/m64}, {@code m}, {@code m16&64}, {@code imm8 imm16 imm32 imm64}, {@code AL AX
 * EAX RAX}, {@code CL}, {@code DX}, {@code 1}, {@code 3} (INT 3), {@code xmm}, {@code xmm/m32 xmm/m64 xmm/m128},
 * {@code CR0-CR8}, {@code rel8 rel32}, {@code m32fp m64fp} (x87 memory operands). As in 3.1.1.3, {@code imm8}/{@code imm16}/{@code imm32} are
 * signed and sign-extended to the operand size. One addition to the SDM notation: {@code uimm8}, a
 * byte taken as is (port numbers, interrupt vectors, shift counts, bit offsets).
 */
final class OperandPattern {

    /** What an operand pattern accepts. */
    enum Kind {
        REGISTER, REGISTER_OR_MEMORY, MEMORY, IMMEDIATE, UNSIGNED_IMMEDIATE, ACCUMULATOR,
        COUNT_REGISTER, PORT_REGISTER, CONSTANT, XMM, XMM_OR_MEMORY, CONTROL, RELATIVE,
        /** An x87 memory operand of a given size ({@code m32fp}, {@code m64fp}); the width selects the row. */
        FLOATING_MEMORY
    }

    final Kind kind;
    /** Size in bits of the register/memory/immediate field; 0 when the pattern has no size. */
    final int bits;
    final String text;

    private OperandPattern(Kind kind, int bits, String text) {
        this.kind = kind;
        this.bits = bits;
        this.text = text;
    }

    static OperandPattern parse(String text) {
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT).replace('\u2013', '-');
        switch (lower) {
            case "al": return new OperandPattern(Kind.ACCUMULATOR, 8, t);
            case "ax": return new OperandPattern(Kind.ACCUMULATOR, 16, t);
            case "eax": return new OperandPattern(Kind.ACCUMULATOR, 32, t);
            case "rax": return new OperandPattern(Kind.ACCUMULATOR, 64, t);
            case "cl": return new OperandPattern(Kind.COUNT_REGISTER, 0, t);
            case "dx": return new OperandPattern(Kind.PORT_REGISTER, 0, t);
            case "1", "3": return new OperandPattern(Kind.CONSTANT, 0, t);
            case "m", "m16&64": return new OperandPattern(Kind.MEMORY, 0, t);
            case "m32fp": return new OperandPattern(Kind.FLOATING_MEMORY, 32, t);
            case "m64fp": return new OperandPattern(Kind.FLOATING_MEMORY, 64, t);
            case "uimm8": return new OperandPattern(Kind.UNSIGNED_IMMEDIATE, 8, t);
            case "rel8": return new OperandPattern(Kind.RELATIVE, 8, t);
            case "rel32": return new OperandPattern(Kind.RELATIVE, 32, t);
            case "cr0-cr8": return new OperandPattern(Kind.CONTROL, 0, t);
            case "xmm", "xmm1", "xmm2", "xmm3": return new OperandPattern(Kind.XMM, 0, t);
            default: break;
        }
        if (lower.startsWith("r/m")) {
            return new OperandPattern(Kind.REGISTER_OR_MEMORY, gprSize(lower.substring(3), t), t);
        }
        if (lower.matches("r(8|16|32|64)")) {
            return new OperandPattern(Kind.REGISTER, gprSize(lower.substring(1), t), t);
        }
        if (lower.matches("imm(8|16|32|64)")) {
            return new OperandPattern(Kind.IMMEDIATE, Integer.parseInt(lower.substring(3)), t);
        }
        if (lower.matches("xmm[123]?/m(32|64|128)")) {
            return new OperandPattern(Kind.XMM_OR_MEMORY, Integer.parseInt(lower.substring(lower.indexOf("/m") + 2)), t);
        }
        throw new IllegalArgumentException("unknown SDM operand notation '" + text + "'");
    }

    private static int gprSize(String digits, String text) {
        int bits = Integer.parseInt(digits);
        if (bits != 8 && bits != 16 && bits != 32 && bits != 64) {
            throw new IllegalArgumentException("bad operand size in '" + text + "'");
        }
        return bits;
    }

    /** Whether the operand is implied by the opcode and takes no field (AL..RAX, CL, DX, 1, 3). */
    boolean isImplicit() {
        return kind == Kind.ACCUMULATOR || kind == Kind.COUNT_REGISTER || kind == Kind.PORT_REGISTER
            || kind == Kind.CONSTANT;
    }

    /** Whether the pattern is a general-purpose register or memory of a given operand size. */
    boolean isSizedIntegerOperand() {
        return kind == Kind.REGISTER || kind == Kind.REGISTER_OR_MEMORY || kind == Kind.ACCUMULATOR;
    }

    boolean isImmediate() {
        return kind == Kind.IMMEDIATE || kind == Kind.UNSIGNED_IMMEDIATE;
    }

    /** Whether this pattern holds a byte register (which may need an empty REX prefix). */
    boolean isByteRegister() {
        return bits == 8 && (kind == Kind.REGISTER || kind == Kind.REGISTER_OR_MEMORY);
    }

    /**
     * Whether {@code operand} fits this pattern.
     *
     * @param width           the width the caller asked for this operand; null matches only
     *                        patterns without an integer operand size (xmm, m, imm, CL, DX)
     * @param operandSizeBits the row's operand size (for sign-extending immediates), 0 if none
     */
    boolean matches(Operand operand, Width width, int operandSizeBits) {
        if (isSizedIntegerOperand() && (width == null || width.bits() != bits)) {
            return false;
        }
        return switch (kind) {
            case REGISTER -> operand instanceof Register;
            case REGISTER_OR_MEMORY -> operand instanceof Register || operand instanceof Memory;
            case MEMORY -> operand instanceof Memory;
            case FLOATING_MEMORY -> operand instanceof Memory && width != null && width.bits() == bits;
            case ACCUMULATOR -> operand == Register.RAX;
            case COUNT_REGISTER -> operand == Register.RCX;
            case PORT_REGISTER -> operand == Register.RDX;
            case CONSTANT -> operand instanceof Immediate i && !i.isSymbolic() && i.value() == Long.parseLong(text);
            case XMM -> operand instanceof XmmRegister;
            case XMM_OR_MEMORY -> operand instanceof XmmRegister || operand instanceof Memory;
            case CONTROL -> operand instanceof ControlRegister;
            case IMMEDIATE -> operand instanceof Immediate i && immediateFits(i, operandSizeBits);
            case UNSIGNED_IMMEDIATE -> operand instanceof Immediate i && !i.isSymbolic()
                && i.value() >= -128 && i.value() <= 255;
            case RELATIVE -> operand instanceof Immediate i && !i.isSymbolic() && fitsSigned(i.value(), bits);
        };
    }

    /**
     * Whether an immediate fits this signed field once taken at the row's operand size: the
     * value must be representable in that size (signed or unsigned), and its sign-extended form
     * must fit the field. So {@code add eax, 0xffffffff} uses imm8 (-1) but {@code add rax,
     * 0xffffffff} fits no field at all.
     */
    private boolean immediateFits(Immediate immediate, int operandSizeBits) {
        if (immediate.isSymbolic()) {
            return bits >= 32;
        }
        long value = immediate.value();
        if (bits == 64) {
            return true;
        }
        if (operandSizeBits > 0 && operandSizeBits < 64) {
            if (value < -(1L << (operandSizeBits - 1)) || value >= (1L << operandSizeBits)) {
                return false;
            }
            value = signExtend(value, operandSizeBits);
        }
        return fitsSigned(value, bits);
    }

    static boolean fitsSigned(long value, int bits) {
        return bits >= 64 || (value >= -(1L << (bits - 1)) && value < (1L << (bits - 1)));
    }

    static long signExtend(long value, int bits) {
        int shift = 64 - bits;
        return (value << shift) >> shift;
    }

    @Override
    public String toString() {
        return text;
    }
}
