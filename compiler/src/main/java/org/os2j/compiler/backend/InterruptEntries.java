package org.os2j.compiler.backend;

import org.os2j.compiler.world.RuntimeSupport;
import org.os2j.compiler.x86.AssembledCode;
import org.os2j.compiler.x86.Assembler;
import org.os2j.compiler.x86.Immediate;
import org.os2j.compiler.x86.Label;
import org.os2j.compiler.x86.Memory;
import org.os2j.compiler.x86.Mnemonic;
import org.os2j.compiler.x86.Register;
import org.os2j.compiler.x86.Width;
import org.os2j.compiler.x86.XmmRegister;
import org.os2j.runtime.InterruptFrameLayout;

/**
 * The kernel's interrupt entry code ({@link InterruptFrameLayout#ENTRIES}): 256 entries at a fixed
 * spacing, so the IDT can point at each without a table, and the common part that saves every
 * register compiled code may use (XMM included: compiled code keeps doubles in XMM registers and
 * treats all registers as caller-saved), calls the runtime's {@code Interrupts.dispatch(frame)},
 * restores everything and returns with IRETQ (Intel SDM Vol. 3A, 6.14 "Exception and Interrupt
 * Handling in 64-bit Mode"). The frame layout is {@link InterruptFrameLayout}'s.
 */
public final class InterruptEntries {
    /** Pushed last first: R15 ends lowest, as InterruptFrameLayout lists them. */
    private static final Register[] SAVED = {Register.RAX, Register.RBX, Register.RCX, Register.RDX, Register.RSI,
            Register.RDI, Register.RBP, Register.R8, Register.R9, Register.R10, Register.R11, Register.R12,
            Register.R13, Register.R14, Register.R15};
    private static final int XMM_SAVE = 16 * 16;

    private InterruptEntries() {
    }

    public static AssembledCode generate() {
        Assembler assembler = new Assembler(false, InterruptFrameLayout.ENTRIES);
        Label common = assembler.newLabel();
        for (int vector = 0; vector < InterruptFrameLayout.VECTORS; vector++) {
            if (assembler.position() != vector * InterruptFrameLayout.ENTRY_SPACING) {
                throw new IllegalStateException("interrupt entry " + vector + " is at " + assembler.position());
            }
            if (vector > 31 || (InterruptFrameLayout.ERROR_CODE_VECTORS & (1L << vector)) == 0) {
                assembler.emit(Mnemonic.PUSH, Width.QWORD, Immediate.of(0));
            }
            assembler.emit(Mnemonic.PUSH, Width.QWORD, Immediate.of(vector));
            assembler.jump(common);
            assembler.align(InterruptFrameLayout.ENTRY_SPACING);
        }
        assembler.bind(common);
        for (Register register : SAVED) {
            assembler.emit(Mnemonic.PUSH, Width.QWORD, register);
        }
        assembler.emit(Mnemonic.SUB, Width.QWORD, Register.RSP, Immediate.of(XMM_SAVE));
        XmmRegister[] xmm = XmmRegister.values();
        for (int i = 0; i < 16; i++) {
            assembler.emit(Mnemonic.MOVUPS, null, Memory.of(Register.RSP, 16L * i), xmm[i]);
        }
        assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RDI, Register.RSP);
        assembler.call(RuntimeSupport.INTERRUPT_DISPATCH.symbol());
        for (int i = 0; i < 16; i++) {
            assembler.emit(Mnemonic.MOVUPS, null, xmm[i], Memory.of(Register.RSP, 16L * i));
        }
        assembler.emit(Mnemonic.ADD, Width.QWORD, Register.RSP, Immediate.of(XMM_SAVE));
        for (int i = SAVED.length - 1; i >= 0; i--) {
            assembler.emit(Mnemonic.POP, Width.QWORD, SAVED[i]);
        }
        assembler.emit(Mnemonic.ADD, Width.QWORD, Register.RSP, Immediate.of(16)); // vector and error code
        assembler.emit(Mnemonic.IRETQ);
        return assembler.finish();
    }
}
