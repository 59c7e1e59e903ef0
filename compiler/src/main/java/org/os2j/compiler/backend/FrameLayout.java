package org.os2j.compiler.backend;

import java.util.List;
import org.os2j.compiler.x86.Register;

/**
 * os2j's x86-64 calling convention and stack frame, declared once.
 *
 * <p>Arguments: integers and references in RDI, RSI, RDX, RCX, R8, R9 (as the System V psABI,
 * 3.2.3), further arguments pushed right to left; result in RAX. <b>Every register is
 * caller-saved</b>: a call may change any register but RSP and RBP. This makes frames uniform for
 * exception unwinding and garbage-collector root finding (values live across a call are in the
 * frame, at known slots) at the cost of saving live registers around calls.
 *
 * <pre>
 *   [rbp + 16 + 8*i]  stack argument i (the 7th argument is i = 0)
 *   [rbp + 8]         return address
 *   [rbp]             caller's rbp          (frames are linked by rbp)
 *   [rbp - 8*(k+1)]   save slot of ALLOCATABLE.get(k), used around calls
 *   below             spill slots
 * </pre>
 * RAX, RCX, RDX and R11 are scratch registers for code generation and never hold a value between
 * IR instructions. RSP is 16-byte aligned at every call.
 */
final class FrameLayout {
    static final List<Register> ALLOCATABLE = List.of(Register.RBX, Register.RSI, Register.RDI, Register.R8,
            Register.R9, Register.R10, Register.R12, Register.R13, Register.R14, Register.R15);
    static final List<Register> ARGUMENTS = List.of(Register.RDI, Register.RSI, Register.RDX, Register.RCX,
            Register.R8, Register.R9);
    /** Linux syscall ABI: number in RAX, arguments here; RCX and R11 are clobbered. */
    static final List<Register> SYSTEM_CALL_ARGUMENTS = List.of(Register.RDI, Register.RSI, Register.RDX,
            Register.R10, Register.R8, Register.R9);

    private int spillSlots;

    int newSpillSlot() {
        return spillSlots++;
    }

    /** The rbp-relative offset of a spill slot. */
    int spillOffset(int index) {
        return -8 * (ALLOCATABLE.size() + index + 1);
    }

    /** The rbp-relative offset of the save slot of an allocatable register. */
    int saveOffset(Register register) {
        return -8 * (ALLOCATABLE.indexOf(register) + 1);
    }

    /** Bytes to subtract from RSP after {@code push rbp}, keeping RSP 16-byte aligned. */
    int frameSize() {
        int bytes = 8 * (ALLOCATABLE.size() + spillSlots);
        return (bytes + 15) & ~15;
    }
}
