package org.os2j.compiler.x86;

/**
 * The operand size of an instruction (Intel SDM Vol. 1, 3.6 "Operand-size and Address-size
 * Attributes"; Vol. 2, 2.2.1.2 "More on REX Prefix Fields"). General-purpose registers carry no
 * size of their own: {@code Register.RSI} at {@code BYTE} is {@code sil}, at {@code DWORD} it is
 * {@code esi}. The width selects between the 8-bit opcode, the 66h operand-size prefix and REX.W.
 */
public enum Width {
    BYTE(1), WORD(2), DWORD(4), QWORD(8);

    private final int bytes;

    Width(int bytes) {
        this.bytes = bytes;
    }

    /** The size in bytes: 1, 2, 4 or 8. */
    public int bytes() {
        return bytes;
    }

    /** The size in bits: 8, 16, 32 or 64. */
    public int bits() {
        return bytes * 8;
    }

    /** The width of {@code bits} bits (8, 16, 32 or 64). */
    public static Width ofBits(int bits) {
        return switch (bits) {
            case 8 -> BYTE;
            case 16 -> WORD;
            case 32 -> DWORD;
            case 64 -> QWORD;
            default -> throw new IllegalArgumentException("no operand width of " + bits + " bits");
        };
    }
}
