package org.os2j.compiler.x86;

/**
 * An instruction operand: a general-purpose, XMM or control register, a memory reference or an
 * immediate. The operand kinds mirror the operand notation of the Intel SDM Vol. 2, section
 * 3.1.1.3 "Instruction Column in the Opcode Summary Table" (r/m, m, imm, xmm, CR0-CR8); relative
 * branch targets are expressed with {@link Label}s instead of operands.
 */
public sealed interface Operand permits Register, XmmRegister, ControlRegister, Memory, Immediate {
}
