package org.os2j.compiler.x86;

import static org.os2j.compiler.x86.Mnemonic.*;
import static org.os2j.compiler.x86.OperandEncoding.*;

/**
 * The SSE, SSE2 and SSE4.1 rows of {@link EncodingTable}, written as in the Intel SDM Vol. 2
 * instruction pages (mandatory prefix 66/F2/F3 or NP, then 0F opcode; 3.1.1.1). For MOVQ the
 * F3 0F 7E load and 66 0F D6 store come first, as GNU as prefers them for XMM and memory operands.
 */
final class SseRows {
    private SseRows() {
    }

    static void addTo(EncodingTable.RowSink t) {
        t.row(MOVSD, "xmm1, xmm2/m64", "F2 0F 10 /r", RM);
        t.row(MOVSD, "xmm1/m64, xmm2", "F2 0F 11 /r", MR);
        t.row(MOVSS, "xmm1, xmm2/m32", "F3 0F 10 /r", RM);
        t.row(MOVSS, "xmm2/m32, xmm1", "F3 0F 11 /r", MR);
        t.row(MOVAPD, "xmm1, xmm2/m128", "66 0F 28 /r", RM);
        t.row(MOVAPD, "xmm2/m128, xmm1", "66 0F 29 /r", MR);
        t.row(MOVAPS, "xmm1, xmm2/m128", "NP 0F 28 /r", RM);
        t.row(MOVAPS, "xmm2/m128, xmm1", "NP 0F 29 /r", MR);
        t.row(MOVUPS, "xmm1, xmm2/m128", "NP 0F 10 /r", RM);
        t.row(MOVUPS, "xmm2/m128, xmm1", "NP 0F 11 /r", MR);
        t.row(MOVD, "xmm, r/m32", "66 0F 6E /r", RM);
        t.row(MOVD, "r/m32, xmm", "66 0F 7E /r", MR);
        t.row(MOVQ, "xmm1, xmm2/m64", "F3 0F 7E /r", RM);
        t.row(MOVQ, "xmm2/m64, xmm1", "66 0F D6 /r", MR);
        t.row(MOVQ, "xmm, r/m64", "66 REX.W 0F 6E /r", RM);
        t.row(MOVQ, "r/m64, xmm", "66 REX.W 0F 7E /r", MR);

        t.row(ADDSD, "xmm1, xmm2/m64", "F2 0F 58 /r", RM);
        t.row(MULSD, "xmm1, xmm2/m64", "F2 0F 59 /r", RM);
        t.row(SUBSD, "xmm1, xmm2/m64", "F2 0F 5C /r", RM);
        t.row(MINSD, "xmm1, xmm2/m64", "F2 0F 5D /r", RM);
        t.row(DIVSD, "xmm1, xmm2/m64", "F2 0F 5E /r", RM);
        t.row(MAXSD, "xmm1, xmm2/m64", "F2 0F 5F /r", RM);
        t.row(SQRTSD, "xmm1, xmm2/m64", "F2 0F 51 /r", RM);
        t.row(ADDSS, "xmm1, xmm2/m32", "F3 0F 58 /r", RM);
        t.row(MULSS, "xmm1, xmm2/m32", "F3 0F 59 /r", RM);
        t.row(SUBSS, "xmm1, xmm2/m32", "F3 0F 5C /r", RM);
        t.row(MINSS, "xmm1, xmm2/m32", "F3 0F 5D /r", RM);
        t.row(DIVSS, "xmm1, xmm2/m32", "F3 0F 5E /r", RM);
        t.row(MAXSS, "xmm1, xmm2/m32", "F3 0F 5F /r", RM);
        t.row(SQRTSS, "xmm1, xmm2/m32", "F3 0F 51 /r", RM);

        t.row(UCOMISD, "xmm1, xmm2/m64", "66 0F 2E /r", RM);
        t.row(UCOMISS, "xmm1, xmm2/m32", "NP 0F 2E /r", RM);
        t.row(COMISD, "xmm1, xmm2/m64", "66 0F 2F /r", RM);
        t.row(COMISS, "xmm1, xmm2/m32", "NP 0F 2F /r", RM);

        t.row(CVTSI2SD, "xmm1, r/m32", "F2 0F 2A /r", RM);
        t.row(CVTSI2SD, "xmm1, r/m64", "F2 REX.W 0F 2A /r", RM);
        t.row(CVTSI2SS, "xmm1, r/m32", "F3 0F 2A /r", RM);
        t.row(CVTSI2SS, "xmm1, r/m64", "F3 REX.W 0F 2A /r", RM);
        t.row(CVTTSD2SI, "r32, xmm1/m64", "F2 0F 2C /r", RM);
        t.row(CVTTSD2SI, "r64, xmm1/m64", "F2 REX.W 0F 2C /r", RM);
        t.row(CVTTSS2SI, "r32, xmm1/m32", "F3 0F 2C /r", RM);
        t.row(CVTTSS2SI, "r64, xmm1/m32", "F3 REX.W 0F 2C /r", RM);
        t.row(CVTSD2SS, "xmm1, xmm2/m64", "F2 0F 5A /r", RM);
        t.row(CVTSS2SD, "xmm1, xmm2/m32", "F3 0F 5A /r", RM);

        t.row(ANDPD, "xmm1, xmm2/m128", "66 0F 54 /r", RM);
        t.row(ANDPS, "xmm1, xmm2/m128", "NP 0F 54 /r", RM);
        t.row(ANDNPD, "xmm1, xmm2/m128", "66 0F 55 /r", RM);
        t.row(ANDNPS, "xmm1, xmm2/m128", "NP 0F 55 /r", RM);
        t.row(ORPD, "xmm1, xmm2/m128", "66 0F 56 /r", RM);
        t.row(ORPS, "xmm1, xmm2/m128", "NP 0F 56 /r", RM);
        t.row(XORPD, "xmm1, xmm2/m128", "66 0F 57 /r", RM);
        t.row(XORPS, "xmm1, xmm2/m128", "NP 0F 57 /r", RM);
        t.row(PXOR, "xmm1, xmm2/m128", "66 0F EF /r", RM);

        t.row(ROUNDSD, "xmm1, xmm2/m64, uimm8", "66 0F 3A 0B /r ib", RMI);
        t.row(ROUNDSS, "xmm1, xmm2/m32, uimm8", "66 0F 3A 0A /r ib", RMI);
    }
}
