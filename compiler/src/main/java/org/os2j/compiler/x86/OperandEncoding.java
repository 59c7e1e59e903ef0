package org.os2j.compiler.x86;

/**
 * The "Op/En" column of the SDM opcode tables (Intel SDM Vol. 2, 3.1.1.4 "Operand Encoding
 * Column in the Instruction Summary Table"): where each explicit operand goes, in operand order.
 * Implicit operands (AL/AX/EAX/RAX, CL, DX, the constants 1 and 3) take no field and are skipped, so
 * {@code ADD AL, imm8} is {@code I}, {@code SHL r/m32, CL} is {@code MC}, {@code IN AL, DX} is
 * {@code ZO}. Roles: R = ModR/M reg, M = ModR/M r/m, I = immediate, O = low 3 bits of the opcode
 * (+rb/+rw/+rd/+ro), D = relative displacement (cb/cd).
 */
enum OperandEncoding {
    ZO(""), I("I"), M("M"), M1("M"), MC("M"), O("O"), D("D"),
    MI("MI"), MR("MR"), RM("RM"), RMI("RMI"), OI("OI");

    private final String roles;

    OperandEncoding(String roles) {
        this.roles = roles;
    }

    /** The role letter of the {@code n}th explicit operand. */
    char role(int n) {
        return roles.charAt(n);
    }

    /** The number of explicit operands. */
    int explicitOperands() {
        return roles.length();
    }
}
