package org.os2j.compiler.backend;

import java.util.ArrayList;
import java.util.List;
import org.os2j.compiler.ir.Kind;
import org.os2j.compiler.x86.Operand;
import org.os2j.compiler.x86.Register;
import org.os2j.compiler.x86.XmmRegister;

/**
 * os2j's x86-64 calling convention and stack frame, declared once.
 *
 * <p>Arguments, in order, each take the next free register of their class: INT, LONG and
 * REFERENCE take RDI, RSI, RDX, RCX, R8, R9; FLOAT and DOUBLE take XMM0-XMM7 (as the System V
 * psABI, 3.2.3); the others are pushed right to left, one 8-byte slot each. The result is in RAX
 * or XMM0. <b>Every register is caller-saved</b>: a call may change any register but RSP and
 * RBP. Values live across a call are therefore in the frame during the call, at known slots, which
 * is what exception unwinding and garbage-collector root finding need; the cost is saving the
 * live registers around calls.
 *
 * <pre>
 *   [rbp + 16 + 8*i]  stack argument i
 *   [rbp + 8]         return address
 *   [rbp]             caller's rbp          (frames are linked by rbp)
 *   [rbp - 8*(k+1)]   save slot k: the k-th register this function keeps live across a call
 *   below             spill slots, 8 bytes each (a FLOAT uses the low 4)
 * </pre>
 * RAX, RCX, RDX, R11, XMM14 and XMM15 are scratch registers for code generation and never hold a
 * value between IR instructions. An indirect call (virtual and interface dispatch) takes its target
 * in R10, which is not an argument register, moved there together with the arguments. RSP is 16-byte aligned at every call. Invariant: save slots are
 * all reserved before the first spill slot's offset is used (the code generator reserves them
 * before it emits code), so spill offsets never move.
 */
final class FrameLayout {
    static final List<Register> ALLOCATABLE = List.of(Register.RBX, Register.RSI, Register.RDI, Register.R8,
            Register.R9, Register.R10, Register.R12, Register.R13, Register.R14, Register.R15);
    static final List<XmmRegister> XMM_ALLOCATABLE = List.of(XmmRegister.XMM0, XmmRegister.XMM1,
            XmmRegister.XMM2, XmmRegister.XMM3, XmmRegister.XMM4, XmmRegister.XMM5, XmmRegister.XMM6,
            XmmRegister.XMM7, XmmRegister.XMM8, XmmRegister.XMM9, XmmRegister.XMM10, XmmRegister.XMM11,
            XmmRegister.XMM12, XmmRegister.XMM13);
    static final XmmRegister XMM_SCRATCH = XmmRegister.XMM14;
    static final XmmRegister XMM_SCRATCH_2 = XmmRegister.XMM15;
    static final List<Register> ARGUMENTS = List.of(Register.RDI, Register.RSI, Register.RDX, Register.RCX,
            Register.R8, Register.R9);
    static final List<XmmRegister> XMM_ARGUMENTS = List.of(XmmRegister.XMM0, XmmRegister.XMM1,
            XmmRegister.XMM2, XmmRegister.XMM3, XmmRegister.XMM4, XmmRegister.XMM5, XmmRegister.XMM6,
            XmmRegister.XMM7);
    /** Where an indirect call's target address travels with the arguments. */
    static final Register INDIRECT_TARGET = Register.R10;
    /** Linux syscall ABI: number in RAX, arguments here; RCX and R11 are clobbered. */
    static final List<Register> SYSTEM_CALL_ARGUMENTS = List.of(Register.RDI, Register.RSI, Register.RDX,
            Register.R10, Register.R8, Register.R9);

    /** Where one argument travels: a register, or stack slot {@code stackIndex} (0 is pushed last). */
    record ArgumentLocation(Operand register, int stackIndex) {
    }

    private final List<Operand> savedRegisters = new ArrayList<>();
    private int spillSlots;

    /** The location of each argument of a call whose arguments have {@code kinds}, in order. */
    static List<ArgumentLocation> argumentLocations(List<Kind> kinds) {
        List<ArgumentLocation> locations = new ArrayList<>();
        int integers = 0;
        int floats = 0;
        int stack = 0;
        for (Kind kind : kinds) {
            if (kind.isFloatingPoint() && floats < XMM_ARGUMENTS.size()) {
                locations.add(new ArgumentLocation(XMM_ARGUMENTS.get(floats++), -1));
            } else if (!kind.isFloatingPoint() && integers < ARGUMENTS.size()) {
                locations.add(new ArgumentLocation(ARGUMENTS.get(integers++), -1));
            } else {
                locations.add(new ArgumentLocation(null, stack++));
            }
        }
        return locations;
    }

    /** The register a result of {@code kind} is returned in. */
    static Operand resultRegister(Kind kind) {
        return kind.isFloatingPoint() ? XmmRegister.XMM0 : Register.RAX;
    }

    int newSpillSlot() {
        return spillSlots++;
    }

    /** Gives {@code register} a save slot if it has none yet. */
    void reserveSaveSlot(Operand register) {
        if (!savedRegisters.contains(register)) {
            savedRegisters.add(register);
        }
    }

    /** The rbp-relative offset of a spill slot. */
    int spillOffset(int index) {
        return -8 * (savedRegisters.size() + index + 1);
    }

    /** The rbp-relative offset of the save slot of a register reserved with {@link #reserveSaveSlot}. */
    int saveOffset(Operand register) {
        int index = savedRegisters.indexOf(register);
        if (index < 0) {
            throw new IllegalStateException(register + " has no save slot");
        }
        return -8 * (index + 1);
    }

    /** Bytes to subtract from RSP after {@code push rbp}, keeping RSP 16-byte aligned. */
    int frameSize() {
        int bytes = 8 * (savedRegisters.size() + spillSlots);
        return (bytes + 15) & ~15;
    }
}
