package org.os2j.compiler.x86;

/**
 * The control registers reachable with {@code MOV CRn, r64} / {@code MOV r64, CRn} (Intel SDM
 * Vol. 3A, 2.5 "Control Registers"; Vol. 2B "MOV - Move to/from Control Registers": CR8 is
 * encoded as register 8 through REX.R).
 */
public enum ControlRegister implements Operand {
    CR0(0), CR2(2), CR3(3), CR4(4), CR8(8);

    private final int number;

    ControlRegister(int number) {
        this.number = number;
    }

    /** The register number placed in the ModR/M reg field (with REX.R for CR8). */
    public int number() {
        return number;
    }
}
