package org.os2j.runtime;

/**
 * The kernel's interrupt entry, declared once for the compiler (backend/InterruptEntries, which
 * generates it) and the runtime (kernel/Interrupts, which reads the frame).
 *
 * <p>Entry {@code v} of the 256 lies at {@code ENTRIES + v * ENTRY_SPACING}; it pushes a zero error
 * code for the vectors whose exceptions push none (Intel SDM Vol. 3A, 6.13 and Table 6-1), then
 * {@code v}, and jumps to the common part, which saves every register compiled code may use (the
 * 15 general registers and XMM0-XMM15), calls {@code Interrupts.dispatch(frame)} with RSP 16-byte
 * aligned, restores them all and returns with IRETQ. The frame, from its address upward:
 * <pre>
 *   0    XMM0..XMM15 (16 bytes each)
 *   256  R15, R14, R13, R12, R11, R10, R9, R8, RBP, RDI, RSI, RDX, RCX, RBX, RAX (8 bytes each)
 *   376  vector
 *   384  error code (0 when the processor pushes none)
 *   392  RIP, CS, RFLAGS, RSP, SS as the processor pushed them (SDM Vol. 3A, Figure 6-9)
 * </pre>
 * A handler may change saved registers (RIP included); IRETQ resumes with them.
 */
public final class InterruptFrameLayout {
    public static final String ENTRIES = "os2j.interruptEntries";
    public static final int ENTRY_SPACING = 16;
    public static final int VECTORS = 256;

    public static final int XMM_REGISTERS = 0;
    public static final int GENERAL_REGISTERS = 256;
    public static final int R15 = 256;
    public static final int RBP = 256 + 8 * 8;
    public static final int RAX = 256 + 14 * 8;
    public static final int VECTOR = 376;
    public static final int ERROR_CODE = 384;
    public static final int INSTRUCTION_POINTER = 392;
    public static final int CODE_SEGMENT = 400;
    public static final int FLAGS = 408;
    public static final int STACK_POINTER = 416;
    public static final int STACK_SEGMENT = 424;
    public static final int SIZE = 432;

    /** The vectors whose exceptions push an error code: #DF, #TS, #NP, #SS, #GP, #PF, #AC, #CP, #VC, #SX. */
    public static final long ERROR_CODE_VECTORS = 1L << 8 | 1L << 10 | 1L << 11 | 1L << 12 | 1L << 13 | 1L << 14
            | 1L << 17 | 1L << 21 | 1L << 29 | 1L << 30;

    private InterruptFrameLayout() {
    }
}
