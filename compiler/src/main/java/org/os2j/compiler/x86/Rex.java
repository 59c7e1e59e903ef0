package org.os2j.compiler.x86;

/**
 * Computes the REX prefix (Intel SDM Vol. 2, 2.2.1 "REX Prefixes", Table 2-4 "REX Prefix Fields",
 * and 2.2.1.2 "More on REX Prefix Fields"): {@code 0100WRXB}, where W selects 64-bit operand size,
 * R extends ModR/M.reg, X extends SIB.index and B extends ModR/M.rm, SIB.base or the opcode
 * register field. A REX prefix with no bits set (40h) is still required to address SPL, BPL, SIL
 * and DIL (Table 3-1 "Register Codes Associated With +rb"): without it register numbers 4-7 at
 * byte size mean AH, CH, DH, BH.
 */
final class Rex {
    private int bits;
    private boolean forced;

    /** Sets REX.W (64-bit operand size). */
    void setW() {
        bits |= 8;
    }

    /** Records the register number placed in ModR/M.reg. */
    void reg(int number) {
        if (number >= 8) {
            bits |= 4;
        }
    }

    /** Records the register number placed in SIB.index. */
    void index(int number) {
        if (number >= 8) {
            bits |= 2;
        }
    }

    /** Records the register number placed in ModR/M.rm, SIB.base or the opcode. */
    void base(int number) {
        if (number >= 8) {
            bits |= 1;
        }
    }

    /** Records a register used at byte size: SPL, BPL, SIL, DIL need an (otherwise empty) REX. */
    void byteRegister(Register register) {
        if (register.byteFormNeedsRex()) {
            forced = true;
        }
    }

    boolean isNeeded() {
        return bits != 0 || forced;
    }

    /** The prefix byte 0100WRXB. */
    int value() {
        return 0x40 | bits;
    }
}
