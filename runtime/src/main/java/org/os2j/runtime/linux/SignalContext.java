package org.os2j.runtime.linux;

import org.os2j.runtime.intrinsic.Memory;

/**
 * What a SA_SIGINFO handler receives on x86-64 Linux, declared once: the fault address in
 * {@code siginfo_t}, and the interrupted registers in {@code ucontext_t}'s {@code uc_mcontext.gregs}
 * (after uc_flags, uc_link and uc_stack), which the handler may change before it returns.
 */
final class SignalContext {
    private static final int SIGINFO_ADDRESS_OFFSET = 16;
    private static final int GREGS_OFFSET = 40;
    private static final int REG_RSP = 15;
    private static final int REG_RIP = 16;

    private SignalContext() {
    }

    /** siginfo_t.si_addr: the address a SIGSEGV or SIGBUS was about. */
    static long faultAddress(long information) {
        return Memory.loadLong(information + SIGINFO_ADDRESS_OFFSET);
    }

    static long instructionPointer(long context) {
        return Memory.loadLong(context + GREGS_OFFSET + 8L * REG_RIP);
    }

    static void setInstructionPointer(long context, long address) {
        Memory.storeLong(context + GREGS_OFFSET + 8L * REG_RIP, address);
    }

    static long stackPointer(long context) {
        return Memory.loadLong(context + GREGS_OFFSET + 8L * REG_RSP);
    }

    static void setStackPointer(long context, long address) {
        Memory.storeLong(context + GREGS_OFFSET + 8L * REG_RSP, address);
    }
}
