package org.os2j.compiler.x86;

/**
 * The sixteen SSE registers XMM0-XMM15 (Intel SDM Vol. 1, 10.2.2 "XMM Registers"; numbered in
 * ModR/M like general-purpose registers, XMM8-XMM15 via REX.R/REX.B as in Vol. 2, 2.2.1.2).
 */
public enum XmmRegister implements Operand {
    XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7,
    XMM8, XMM9, XMM10, XMM11, XMM12, XMM13, XMM14, XMM15;

    /** The 4-bit register number (0-15). */
    public int number() {
        return ordinal();
    }
}
