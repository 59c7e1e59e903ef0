package org.os2j.compiler.backend;

import org.os2j.compiler.layout.Symbols;
import org.os2j.compiler.world.RuntimeSupport;
import org.os2j.compiler.x86.AssembledCode;
import org.os2j.compiler.x86.Assembler;
import org.os2j.compiler.x86.Condition;
import org.os2j.compiler.x86.Immediate;
import org.os2j.compiler.x86.Label;
import org.os2j.compiler.x86.Memory;
import org.os2j.compiler.x86.Mnemonic;
import org.os2j.compiler.x86.Register;
import org.os2j.compiler.x86.Width;

/**
 * Code the compiler generates directly rather than from bytecode: the process entry point and the
 * per-class initialization routines.
 */
public final class RuntimeStubs {
    private RuntimeStubs() {
    }

    /**
     * {@code _start} for the linux target. At entry RSP points to argc, then the argv pointers
     * (System V psABI 3.4.1, "Initial Stack and Register State"); RBP is zeroed to end backtraces and
     * RSP aligned before calling {@code LinuxStart.start(argc, argv)}, which never returns.
     */
    public static AssembledCode linuxEntry() {
        Assembler assembler = new Assembler();
        assembler.emit(Mnemonic.XOR, Width.DWORD, Register.RBP, Register.RBP);
        assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RDI, Memory.of(Register.RSP, 0));
        assembler.emit(Mnemonic.LEA, Width.QWORD, Register.RSI, Memory.of(Register.RSP, 8));
        assembler.emit(Mnemonic.AND, Width.QWORD, Register.RSP, Immediate.of(-16));
        assembler.call(RuntimeSupport.LINUX_START.symbol());
        assembler.emit(Mnemonic.UD2);
        return assembler.finish();
    }

    /**
     * {@code initialize:C} (JVMS 5.5): calls the runtime's ClassInitialization.initialize with C's
     * state byte, the superclass's initialize routine (or 0), C's {@code <clinit>} (or 0) and C's
     * descriptor. Compiled code calls it only when the state byte is not STARTED. Follows
     * {@link FrameLayout}: clobbers anything.
     */
    public static AssembledCode classInitializer(String className, String superclassNeedingInit,
                                                 String initializerSymbol, String descriptorSymbol) {
        Assembler assembler = new Assembler();
        assembler.emit(Mnemonic.PUSH, Width.QWORD, Register.RBP);
        assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RBP, Register.RSP);
        assembler.emit(Mnemonic.LEA, Width.QWORD, Register.RDI, Memory.rip(Symbols.initializedFlag(className), 0));
        addressOrZero(assembler, Register.RSI, superclassNeedingInit == null ? null
                : Symbols.initializer(superclassNeedingInit));
        addressOrZero(assembler, Register.RDX, initializerSymbol);
        assembler.emit(Mnemonic.LEA, Width.QWORD, Register.RCX, Memory.rip(descriptorSymbol, 0));
        assembler.call(RuntimeSupport.INITIALIZE_CLASS.symbol());
        assembler.emit(Mnemonic.LEAVE);
        assembler.emit(Mnemonic.RET);
        return assembler.finish();
    }

    private static void addressOrZero(Assembler assembler, Register register, String symbol) {
        if (symbol == null) {
            assembler.emit(Mnemonic.XOR, Width.DWORD, register, register);
        } else {
            assembler.emit(Mnemonic.LEA, Width.QWORD, register, Memory.rip(symbol, 0));
        }
    }
}
