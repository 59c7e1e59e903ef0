package org.os2j.compiler.x86;

/**
 * The sixteen general-purpose registers, numbered as in the ModR/M reg and r/m fields extended by
 * REX.R/REX.X/REX.B (Intel SDM Vol. 2, 2.2.1.2 "More on REX Prefix Fields", Table 2-4 "Register
 * Specifier"; Vol. 1, 3.4.1.1 "General-Purpose Registers in 64-Bit Mode"). The register has no
 * size: the instruction's {@link Width} picks {@code al}/{@code ax}/{@code eax}/{@code rax}. At
 * {@link Width#BYTE} registers 4-7 are {@code spl}, {@code bpl}, {@code sil}, {@code dil} and need a
 * REX prefix; the legacy high-byte registers AH, CH, DH, BH are not supported.
 */
public enum Register implements Operand {
    RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15;

    private static final String[][] NAMES = {
        {"al", "ax", "eax", "rax"}, {"cl", "cx", "ecx", "rcx"}, {"dl", "dx", "edx", "rdx"},
        {"bl", "bx", "ebx", "rbx"}, {"spl", "sp", "esp", "rsp"}, {"bpl", "bp", "ebp", "rbp"},
        {"sil", "si", "esi", "rsi"}, {"dil", "di", "edi", "rdi"},
    };

    /** The 4-bit register number (0-15) used in ModR/M, SIB and opcode register fields. */
    public int number() {
        return ordinal();
    }

    /** Whether the register is R8-R15 and so needs a REX.R, REX.X or REX.B bit. */
    public boolean isExtended() {
        return ordinal() >= 8;
    }

    /** Whether this register at {@code BYTE} width is spl, bpl, sil or dil, which need a REX prefix. */
    public boolean byteFormNeedsRex() {
        return ordinal() >= 4 && ordinal() <= 7;
    }

    /** The GNU/Intel name of this register at {@code width}, e.g. {@code sil}, {@code r8d}. */
    public String nameAt(Width width) {
        if (ordinal() < 8) {
            return NAMES[ordinal()][width.ordinal()];
        }
        String base = "r" + ordinal();
        return switch (width) {
            case BYTE -> base + "b";
            case WORD -> base + "w";
            case DWORD -> base + "d";
            case QWORD -> base;
        };
    }
}
