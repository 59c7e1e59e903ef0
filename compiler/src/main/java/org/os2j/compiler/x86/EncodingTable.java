package org.os2j.compiler.x86;

import static org.os2j.compiler.x86.Mnemonic.*;
import static org.os2j.compiler.x86.OperandEncoding.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The instruction encodings, one row per line of the Intel SDM Vol. 2 instruction reference
 * (chapters 3-4; notation in 3.1.1 "Instruction Format"): {@code row(mnemonic, "Instruction
 * operands", "Opcode", Op/En)}. Rows are parsed into {@link EncodingRow}s once, at class
 * initialisation. The encoder takes the first row of a mnemonic that accepts the operands, so the
 * order within a mnemonic encodes GNU as's preferences: sign-extended imm8 before the accumulator
 * short forms before imm16/imm32, {@code 89 /r} (MR) before {@code 8B /r} (RM) for register moves,
 * {@code C7 /0} (imm32 sign-extended) before {@code B8+ro io}, {@code D1 /4} for a shift by one.
 * The 16-bit rows are written as in the SDM without the 66h prefix; the encoder adds it from the
 * operand size, unless the row says NP (LTR, whose r/m16 takes no prefix). Families that share
 * one layout in the SDM opcode map (the eight ALU instructions, group 2 shifts, group 3 unary
 * instructions) write their rows through small helpers; the SSE rows are in {@link SseRows}.
 */
final class EncodingTable {
    private static final Map<Mnemonic, List<EncodingRow>> ROWS = new EnumMap<>(Mnemonic.class);

    private EncodingTable() {
    }

    /** The rows of {@code mnemonic}, in preference order. */
    static List<EncodingRow> rows(Mnemonic mnemonic) {
        return ROWS.getOrDefault(mnemonic, List.of());
    }

    /** The number of rows in the table. */
    static int size() {
        return ROWS.values().stream().mapToInt(List::size).sum();
    }

    private static void row(Mnemonic mnemonic, String operands, String opcode, OperandEncoding encoding) {
        ROWS.computeIfAbsent(mnemonic, m -> new ArrayList<>()).add(new EncodingRow(mnemonic, operands, opcode, encoding));
    }

    private static String hex(int value) {
        return String.format("%02X", value);
    }

    /**
     * ADD, OR, ADC, SBB, AND, SUB, XOR, CMP share one layout in the SDM: opcodes {@code 8n+0} to
     * {@code 8n+5} and group 1 ({@code 80}, {@code 81}, {@code 83} with /n), n being the row of the
     * one-byte opcode map (Appendix A, Table A-2). These are their SDM rows, in GNU as order.
     */
    private static void arithmetic(Mnemonic m, int n) {
        String d = "/" + n;
        row(m, "r/m16, imm8", "83 " + d + " ib", MI);
        row(m, "r/m32, imm8", "83 " + d + " ib", MI);
        row(m, "r/m64, imm8", "REX.W + 83 " + d + " ib", MI);
        row(m, "AL, imm8", hex(8 * n + 4) + " ib", I);
        row(m, "AX, imm16", hex(8 * n + 5) + " iw", I);
        row(m, "EAX, imm32", hex(8 * n + 5) + " id", I);
        row(m, "RAX, imm32", "REX.W + " + hex(8 * n + 5) + " id", I);
        row(m, "r/m8, imm8", "80 " + d + " ib", MI);
        row(m, "r/m16, imm16", "81 " + d + " iw", MI);
        row(m, "r/m32, imm32", "81 " + d + " id", MI);
        row(m, "r/m64, imm32", "REX.W + 81 " + d + " id", MI);
        row(m, "r/m8, r8", hex(8 * n) + " /r", MR);
        row(m, "r/m16, r16", hex(8 * n + 1) + " /r", MR);
        row(m, "r/m32, r32", hex(8 * n + 1) + " /r", MR);
        row(m, "r/m64, r64", "REX.W + " + hex(8 * n + 1) + " /r", MR);
        row(m, "r8, r/m8", hex(8 * n + 2) + " /r", RM);
        row(m, "r16, r/m16", hex(8 * n + 3) + " /r", RM);
        row(m, "r32, r/m32", hex(8 * n + 3) + " /r", RM);
        row(m, "r64, r/m64", "REX.W + " + hex(8 * n + 3) + " /r", RM);
    }

    /** Shift/rotate group 2 ({@code D0-D3}, {@code C0/C1} with /n), GNU as order: by 1, by CL, by imm8. */
    private static void shift(Mnemonic m, int n) {
        String d = "/" + n;
        row(m, "r/m8, 1", "D0 " + d, M1);
        row(m, "r/m8, CL", "D2 " + d, MC);
        row(m, "r/m8, uimm8", "C0 " + d + " ib", MI);
        row(m, "r/m16, 1", "D1 " + d, M1);
        row(m, "r/m16, CL", "D3 " + d, MC);
        row(m, "r/m16, uimm8", "C1 " + d + " ib", MI);
        row(m, "r/m32, 1", "D1 " + d, M1);
        row(m, "r/m32, CL", "D3 " + d, MC);
        row(m, "r/m32, uimm8", "C1 " + d + " ib", MI);
        row(m, "r/m64, 1", "REX.W + D1 " + d, M1);
        row(m, "r/m64, CL", "REX.W + D3 " + d, MC);
        row(m, "r/m64, uimm8", "REX.W + C1 " + d + " ib", MI);
    }

    /** Group 3 unary forms ({@code F6 /n}, {@code F7 /n}): NOT, NEG, MUL, IMUL, DIV, IDIV. */
    private static void unary(Mnemonic m, int n) {
        row(m, "r/m8", "F6 /" + n, M);
        row(m, "r/m16", "F7 /" + n, M);
        row(m, "r/m32", "F7 /" + n, M);
        row(m, "r/m64", "REX.W + F7 /" + n, M);
    }

    /** The r16/r32/r64, r/m rows of a two-byte-opcode instruction (BSF, POPCNT, CMOVcc, ...). */
    private static void registerFromRm(Mnemonic m, String prefix, String opcode) {
        String p = prefix.isEmpty() ? "" : prefix + " ";
        row(m, "r16, r/m16", p + opcode + " /r", RM);
        row(m, "r32, r/m32", p + opcode + " /r", RM);
        row(m, "r64, r/m64", p + "REX.W + " + opcode + " /r", RM);
    }

    /** The r/m16/r/m32/r/m64, r rows (BT, CMPXCHG, XADD). */
    private static void rmFromRegister(Mnemonic m, String opcode) {
        row(m, "r/m16, r16", opcode + " /r", MR);
        row(m, "r/m32, r32", opcode + " /r", MR);
        row(m, "r/m64, r64", "REX.W + " + opcode + " /r", MR);
    }

    static {
        arithmetic(ADD, 0);
        arithmetic(OR, 1);
        arithmetic(ADC, 2);
        arithmetic(SBB, 3);
        arithmetic(AND, 4);
        arithmetic(SUB, 5);
        arithmetic(XOR, 6);
        arithmetic(CMP, 7);

        row(TEST, "AL, imm8", "A8 ib", I);
        row(TEST, "AX, imm16", "A9 iw", I);
        row(TEST, "EAX, imm32", "A9 id", I);
        row(TEST, "RAX, imm32", "REX.W + A9 id", I);
        row(TEST, "r/m8, imm8", "F6 /0 ib", MI);
        row(TEST, "r/m16, imm16", "F7 /0 iw", MI);
        row(TEST, "r/m32, imm32", "F7 /0 id", MI);
        row(TEST, "r/m64, imm32", "REX.W + F7 /0 id", MI);
        row(TEST, "r/m8, r8", "84 /r", MR);
        row(TEST, "r/m16, r16", "85 /r", MR);
        row(TEST, "r/m32, r32", "85 /r", MR);
        row(TEST, "r/m64, r64", "REX.W + 85 /r", MR);

        row(MOV, "r/m8, r8", "88 /r", MR);
        row(MOV, "r/m16, r16", "89 /r", MR);
        row(MOV, "r/m32, r32", "89 /r", MR);
        row(MOV, "r/m64, r64", "REX.W + 89 /r", MR);
        row(MOV, "r8, r/m8", "8A /r", RM);
        row(MOV, "r16, r/m16", "8B /r", RM);
        row(MOV, "r32, r/m32", "8B /r", RM);
        row(MOV, "r64, r/m64", "REX.W + 8B /r", RM);
        row(MOV, "r8, imm8", "B0+ rb ib", OI);
        row(MOV, "r16, imm16", "B8+ rw iw", OI);
        row(MOV, "r32, imm32", "B8+ rd id", OI);
        row(MOV, "r/m64, imm32", "REX.W + C7 /0 id", MI);
        row(MOV, "r64, imm64", "REX.W + B8+ rd io", OI);
        row(MOV, "r/m8, imm8", "C6 /0 ib", MI);
        row(MOV, "r/m16, imm16", "C7 /0 iw", MI);
        row(MOV, "r/m32, imm32", "C7 /0 id", MI);
        row(MOV, "r64, CR0-CR8", "0F 20 /r", MR);
        row(MOV, "CR0-CR8, r64", "0F 22 /r", RM);

        row(MOVZX, "r16, r/m8", "0F B6 /r", RM);
        row(MOVZX, "r32, r/m8", "0F B6 /r", RM);
        row(MOVZX, "r64, r/m8", "REX.W + 0F B6 /r", RM);
        row(MOVZX, "r32, r/m16", "0F B7 /r", RM);
        row(MOVZX, "r64, r/m16", "REX.W + 0F B7 /r", RM);
        row(MOVSX, "r16, r/m8", "0F BE /r", RM);
        row(MOVSX, "r32, r/m8", "0F BE /r", RM);
        row(MOVSX, "r64, r/m8", "REX.W + 0F BE /r", RM);
        row(MOVSX, "r32, r/m16", "0F BF /r", RM);
        row(MOVSX, "r64, r/m16", "REX.W + 0F BF /r", RM);
        row(MOVSXD, "r64, r/m32", "REX.W + 63 /r", RM);

        row(LEA, "r16, m", "8D /r", RM);
        row(LEA, "r32, m", "8D /r", RM);
        row(LEA, "r64, m", "REX.W + 8D /r", RM);

        // XCHG: the 90+r forms with the accumulator first, as GNU as; see InstructionEncoder for EAX, EAX.
        row(XCHG, "AX, r16", "90+ rw", O);
        row(XCHG, "r16, AX", "90+ rw", O);
        row(XCHG, "EAX, r32", "90+ rd", O);
        row(XCHG, "r32, EAX", "90+ rd", O);
        row(XCHG, "RAX, r64", "REX.W + 90+ ro", O);
        row(XCHG, "r64, RAX", "REX.W + 90+ ro", O);
        row(XCHG, "r/m8, r8", "86 /r", MR);
        row(XCHG, "r8, r/m8", "86 /r", RM);
        row(XCHG, "r/m16, r16", "87 /r", MR);
        row(XCHG, "r16, r/m16", "87 /r", RM);
        row(XCHG, "r/m32, r32", "87 /r", MR);
        row(XCHG, "r32, r/m32", "87 /r", RM);
        row(XCHG, "r/m64, r64", "REX.W + 87 /r", MR);
        row(XCHG, "r64, r/m64", "REX.W + 87 /r", RM);

        row(CMPXCHG, "r/m8, r8", "0F B0 /r", MR);
        rmFromRegister(CMPXCHG, "0F B1");
        row(XADD, "r/m8, r8", "0F C0 /r", MR);
        rmFromRegister(XADD, "0F C1");

        unary(NOT, 2);
        unary(NEG, 3);
        unary(MUL, 4);
        unary(IMUL, 5);
        unary(DIV, 6);
        unary(IDIV, 7);
        registerFromRm(IMUL, "", "0F AF");
        row(IMUL, "r16, r/m16, imm8", "6B /r ib", RMI);
        row(IMUL, "r32, r/m32, imm8", "6B /r ib", RMI);
        row(IMUL, "r64, r/m64, imm8", "REX.W + 6B /r ib", RMI);
        row(IMUL, "r16, r/m16, imm16", "69 /r iw", RMI);
        row(IMUL, "r32, r/m32, imm32", "69 /r id", RMI);
        row(IMUL, "r64, r/m64, imm32", "REX.W + 69 /r id", RMI);

        row(INC, "r/m8", "FE /0", M);
        row(INC, "r/m16", "FF /0", M);
        row(INC, "r/m32", "FF /0", M);
        row(INC, "r/m64", "REX.W + FF /0", M);
        row(DEC, "r/m8", "FE /1", M);
        row(DEC, "r/m16", "FF /1", M);
        row(DEC, "r/m32", "FF /1", M);
        row(DEC, "r/m64", "REX.W + FF /1", M);

        shift(ROL, 0);
        shift(ROR, 1);
        shift(SHL, 4);
        shift(SHR, 5);
        shift(SAR, 7);

        registerFromRm(BSF, "", "0F BC");
        registerFromRm(BSR, "", "0F BD");
        registerFromRm(TZCNT, "F3", "0F BC");
        registerFromRm(LZCNT, "F3", "0F BD");
        registerFromRm(POPCNT, "F3", "0F B8");
        rmFromRegister(BT, "0F A3");
        rmFromRegister(BTS, "0F AB");
        rmFromRegister(BTR, "0F B3");
        row(BT, "r/m16, uimm8", "0F BA /4 ib", MI);
        row(BT, "r/m32, uimm8", "0F BA /4 ib", MI);
        row(BT, "r/m64, uimm8", "REX.W + 0F BA /4 ib", MI);
        row(BTS, "r/m16, uimm8", "0F BA /5 ib", MI);
        row(BTS, "r/m32, uimm8", "0F BA /5 ib", MI);
        row(BTS, "r/m64, uimm8", "REX.W + 0F BA /5 ib", MI);
        row(BTR, "r/m16, uimm8", "0F BA /6 ib", MI);
        row(BTR, "r/m32, uimm8", "0F BA /6 ib", MI);
        row(BTR, "r/m64, uimm8", "REX.W + 0F BA /6 ib", MI);

        row(CWD, "", "66 99", ZO);
        row(CDQ, "", "99", ZO);
        row(CQO, "", "REX.W + 99", ZO);
        row(CDQE, "", "REX.W + 98", ZO);

        row(PUSH, "r64", "50+ rd", O);
        row(PUSH, "r/m64", "FF /6", M);
        row(PUSH, "imm8", "6A ib", I);
        row(PUSH, "imm32", "68 id", I);
        row(POP, "r64", "58+ rd", O);
        row(POP, "r/m64", "8F /0", M);
        row(PUSHFQ, "", "9C", ZO);
        row(POPFQ, "", "9D", ZO);
        row(RET, "", "C3", ZO);
        row(RET, "imm16", "C2 iw", I);
        row(LEAVE, "", "C9", ZO);

        row(JMP, "rel8", "EB cb", D);
        row(JMP, "rel32", "E9 cd", D);
        row(JMP, "r/m64", "FF /4", M);
        row(CALL, "rel32", "E8 cd", D);
        row(CALL, "r/m64", "FF /2", M);
        row(JCC, "rel8", "70+cc cb", D);
        row(JCC, "rel32", "0F 80+cc cd", D);
        row(SETCC, "r/m8", "0F 90+cc /0", M);
        registerFromRm(CMOVCC, "", "0F 40+cc");

        row(NOP, "", "90", ZO);
        row(NOP, "r/m16", "0F 1F /0", M);
        row(NOP, "r/m32", "0F 1F /0", M);
        row(UD2, "", "0F 0B", ZO);
        row(INT3, "", "CC", ZO);
        row(INT, "3", "CC", ZO); // GNU as turns int 3 into the one-byte INT3 (SDM Vol. 2A, "INT n/INTO/INT3/INT1")
        row(INT, "uimm8", "CD ib", I);
        row(PAUSE, "", "F3 90", ZO);
        row(LOCK, "", "F0", ZO);
        row(CLD, "", "FC", ZO);
        row(STD, "", "FD", ZO);
        row(MFENCE, "", "NP 0F AE F0", ZO);
        row(LFENCE, "", "NP 0F AE E8", ZO);
        row(SFENCE, "", "NP 0F AE F8", ZO);
        row(REP_MOVSB, "", "F3 A4", ZO);
        row(REP_STOSB, "", "F3 AA", ZO);
        row(REP_MOVSQ, "", "F3 REX.W + A5", ZO);
        row(REP_STOSQ, "", "F3 REX.W + AB", ZO);

        row(HLT, "", "F4", ZO);
        row(CLI, "", "FA", ZO);
        row(STI, "", "FB", ZO);
        row(IN, "AL, uimm8", "E4 ib", I);
        row(IN, "AX, uimm8", "E5 ib", I);
        row(IN, "EAX, uimm8", "E5 ib", I);
        row(IN, "AL, DX", "EC", ZO);
        row(IN, "AX, DX", "ED", ZO);
        row(IN, "EAX, DX", "ED", ZO);
        row(OUT, "uimm8, AL", "E6 ib", I);
        row(OUT, "uimm8, AX", "E7 ib", I);
        row(OUT, "uimm8, EAX", "E7 ib", I);
        row(OUT, "DX, AL", "EE", ZO);
        row(OUT, "DX, AX", "EF", ZO);
        row(OUT, "DX, EAX", "EF", ZO);
        row(RDMSR, "", "0F 32", ZO);
        row(WRMSR, "", "0F 30", ZO);
        row(RDTSC, "", "0F 31", ZO);
        row(CPUID, "", "0F A2", ZO);
        row(SYSCALL, "", "0F 05", ZO);
        row(SYSRET, "", "REX.W + 0F 07", ZO);
        row(IRETQ, "", "REX.W + CF", ZO);
        row(SWAPGS, "", "0F 01 F8", ZO);
        row(INVLPG, "m", "0F 01 /7", M);
        row(LGDT, "m16&64", "0F 01 /2", M);
        row(LIDT, "m16&64", "0F 01 /3", M);
        row(LTR, "r/m16", "NP 0F 00 /3", M);

        SseRows.addTo(EncodingTable::row);

        // x87 (SDM Vol. 2 FLD, FSTP, FPREM, FSTSW/FNSTSW): the exact partial remainder for frem/drem.
        row(FLD, "m32fp", "D9 /0", M);
        row(FLD, "m64fp", "DD /0", M);
        row(FSTP, "m32fp", "D9 /3", M);
        row(FSTP, "m64fp", "DD /3", M);
        row(FPREM, "", "D9 F8", ZO);
        row(FNSTSW, "AX", "NP DF E0", ZO);

        for (Map.Entry<Mnemonic, List<EncodingRow>> entry : ROWS.entrySet()) {
            entry.setValue(Collections.unmodifiableList(entry.getValue()));
        }
    }

    /** Receives rows from the per-extension row lists. */
    @FunctionalInterface
    interface RowSink {
        void row(Mnemonic mnemonic, String operands, String opcode, OperandEncoding encoding);
    }
}
