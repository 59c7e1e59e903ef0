package org.os2j.compiler.x86;

/**
 * A memory operand {@code [base + index*scale + displacement]}, an absolute {@code [disp32]} or a
 * RIP-relative {@code [rip + disp32]} reference (Intel SDM Vol. 2, 2.1.5 "Addressing-Mode Encoding
 * of ModR/M and SIB Bytes", 2.2.1.6 "RIP-Relative Addressing"). The displacement may name a symbol
 * (resolved by a relocation) or, for RIP-relative operands, a {@link Label} of the same assembler.
 * How the operand becomes ModR/M, SIB and displacement bytes is decided by {@code ModRmEncoder}.
 *
 * @param base         the base register, or null
 * @param index        the index register (never RSP), or null
 * @param scale        1, 2, 4 or 8 (1 when there is no index)
 * @param displacement the displacement, or the addend when {@code symbol}/{@code label} is set
 * @param ripRelative  whether the address is {@code rip + displacement} (no base or index)
 * @param symbol       the symbol whose address is added to the displacement, or null
 * @param label        the label whose address is added (RIP-relative only), or null
 */
public record Memory(Register base, Register index, int scale, long displacement,
                     boolean ripRelative, String symbol, Label label) implements Operand {

    public Memory {
        if (scale != 1 && scale != 2 && scale != 4 && scale != 8) {
            throw new IllegalArgumentException("memory operand scale must be 1, 2, 4 or 8, not " + scale);
        }
        if (index == Register.RSP) {
            throw new IllegalArgumentException("RSP cannot be an index register");
        }
        if (index == null && scale != 1) {
            throw new IllegalArgumentException("scale " + scale + " without an index register");
        }
        if (ripRelative && (base != null || index != null)) {
            throw new IllegalArgumentException("a RIP-relative operand has no base or index register");
        }
        if (label != null && !ripRelative) {
            throw new IllegalArgumentException("a label can only be addressed RIP-relative");
        }
        if (symbol != null && label != null) {
            throw new IllegalArgumentException("a memory operand names a symbol or a label, not both");
        }
        if (symbol == null && label == null && (displacement < Integer.MIN_VALUE || displacement > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("displacement " + displacement + " does not fit in 32 bits");
        }
    }

    /** {@code [base + displacement]}. */
    public static Memory of(Register base, long displacement) {
        return new Memory(requireBase(base), null, 1, displacement, false, null, null);
    }

    /**
     * {@code [base + index*scale + displacement]}; {@code base} may be null for {@code
     * [index*scale + disp32]}, and {@code index} may be null for {@code [base + displacement]}
     * (the scale is then ignored).
     */
    public static Memory of(Register base, Register index, int scale, long displacement) {
        return new Memory(base, index, index == null ? 1 : scale, displacement, false, null, null);
    }

    /** {@code [disp32]}: an absolute address, sign-extended from 32 bits. */
    public static Memory absolute(long displacement) {
        return new Memory(null, null, 1, displacement, false, null, null);
    }

    /** {@code [symbol + addend]} as an absolute disp32 (an {@code ABSOLUTE_32_SIGNED} relocation). */
    public static Memory absolute(String symbol, long addend) {
        return new Memory(null, null, 1, addend, false, requireSymbol(symbol), null);
    }

    /** {@code [base + index*scale + symbol + addend]} with a disp32 {@code ABSOLUTE_32_SIGNED} relocation. */
    public static Memory of(Register base, Register index, int scale, String symbol, long addend) {
        return new Memory(base, index, index == null ? 1 : scale, addend, false, requireSymbol(symbol), null);
    }

    /** {@code [rip + symbol + addend]}: a {@code PC_RELATIVE_32} relocation. */
    public static Memory rip(String symbol, long addend) {
        return new Memory(null, null, 1, addend, true, requireSymbol(symbol), null);
    }

    /** {@code [rip + displacement]} with a literal displacement from the end of the instruction. */
    public static Memory rip(long displacement) {
        return new Memory(null, null, 1, displacement, true, null, null);
    }

    /** {@code [rip + label + addend]}: the address of a label of the same assembler. */
    public static Memory rip(Label label, long addend) {
        if (label == null) {
            throw new IllegalArgumentException("label is null");
        }
        return new Memory(null, null, 1, addend, true, null, label);
    }

    private static Register requireBase(Register base) {
        if (base == null) {
            throw new IllegalArgumentException("base register is null; use Memory.absolute");
        }
        return base;
    }

    private static String requireSymbol(String symbol) {
        if (symbol == null || symbol.isEmpty()) {
            throw new IllegalArgumentException("symbol name is null or empty");
        }
        return symbol;
    }

    /** Whether the displacement is only known at link or finish time. */
    boolean hasRelocatedDisplacement() {
        return symbol != null || label != null;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        if (ripRelative) {
            text.append("rip");
        }
        if (base != null) {
            text.append(base.nameAt(Width.QWORD));
        }
        if (index != null) {
            text.append(text.length() > 1 ? " + " : "").append(index.nameAt(Width.QWORD)).append('*').append(scale);
        }
        if (symbol != null || label != null) {
            text.append(text.length() > 1 ? " + " : "").append(symbol != null ? symbol : label.toString());
        }
        if (displacement != 0 || text.length() == 1) {
            text.append(displacement < 0 ? " - " : text.length() > 1 ? " + " : "")
                .append("0x").append(Long.toHexString(Math.abs(displacement)));
        }
        return text.append(']').toString();
    }
}
