package org.os2j.compiler.x86;

/**
 * The instructions the encoder knows, named as in the Intel SDM Vol. 2 instruction reference.
 * Their encodings are the rows of {@code EncodingTable}. {@link #JCC}, {@link #SETCC} and
 * {@link #CMOVCC} stand for the condition-code families and are emitted through
 * {@link Assembler#jump(Condition, Label)}, {@link Assembler#setcc} and {@link Assembler#cmov};
 * {@link #JMP} to a label and {@link #CALL} to a symbol go through {@link Assembler#jump(Label)}
 * and {@link Assembler#call(String)}. {@link #LOCK} is the F0 prefix on its own (emit it just
 * before the locked instruction); {@code REP_*} are the string instructions with their F3 prefix.
 * {@link #SYSRET} is the 64-bit {@code sysretq} (REX.W 0F 07).
 */
public enum Mnemonic {
    // Integer arithmetic and logic
    ADD, OR, ADC, SBB, AND, SUB, XOR, CMP, TEST,
    MOV, MOVZX, MOVSX, MOVSXD, LEA, XCHG, CMPXCHG, XADD,
    IMUL, MUL, IDIV, DIV, NEG, NOT, INC, DEC,
    SHL, SHR, SAR, ROL, ROR,
    BSF, BSR, LZCNT, TZCNT, POPCNT, BT, BTS, BTR,
    CDQ, CQO, CWD, CDQE,
    // Stack and control transfer
    PUSH, POP, PUSHFQ, POPFQ, RET, LEAVE, JMP, CALL, JCC, SETCC, CMOVCC,
    // Miscellaneous
    NOP, UD2, INT3, INT, PAUSE, LOCK, CLD, STD, MFENCE, LFENCE, SFENCE,
    REP_MOVSB, REP_STOSB, REP_MOVSQ, REP_STOSQ,
    // System
    HLT, CLI, STI, IN, OUT, RDMSR, WRMSR, RDTSC, CPUID, SYSCALL, SYSRET, IRETQ, SWAPGS,
    INVLPG, LGDT, LIDT, LTR,
    // SSE/SSE2 scalar floating point and moves
    MOVSD, MOVSS, MOVAPD, MOVAPS, MOVUPS, MOVD, MOVQ,
    ADDSD, SUBSD, MULSD, DIVSD, SQRTSD, MINSD, MAXSD,
    ADDSS, SUBSS, MULSS, DIVSS, SQRTSS, MINSS, MAXSS,
    UCOMISD, UCOMISS, COMISD, COMISS,
    CVTSI2SD, CVTSI2SS, CVTTSD2SI, CVTTSS2SI, CVTSD2SS, CVTSS2SD,
    XORPD, XORPS, ANDPD, ANDPS, ANDNPD, ANDNPS, ORPD, ORPS, PXOR,
    // SSE4.1
    ROUNDSD, ROUNDSS,
    // x87, for the exact remainder of frem/drem only
    FLD, FSTP, FPREM, FNSTSW
}
