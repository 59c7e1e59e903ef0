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
     * {@code initialize:C} (JVMS 5.5 steps 6-9, single-threaded): marks C's initialization as
     * started (so recursive requests return at once), initializes the superclass if needed, then
     * runs {@code <clinit>} if C has one. Follows {@link FrameLayout}: clobbers anything.
     */
    public static AssembledCode classInitializer(String className, String superclassNeedingInit,
                                                 String initializerSymbol) {
        Assembler assembler = new Assembler();
        assembler.emit(Mnemonic.PUSH, Width.QWORD, Register.RBP);
        assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RBP, Register.RSP);
        assembler.emit(Mnemonic.MOV, Width.BYTE, Memory.rip(Symbols.initializedFlag(className), 0), Immediate.of(1));
        if (superclassNeedingInit != null) {
            Label done = assembler.newLabel();
            assembler.emit(Mnemonic.CMP, Width.BYTE, Memory.rip(Symbols.initializedFlag(superclassNeedingInit), 0),
                    Immediate.of(0));
            assembler.jump(Condition.NOT_EQUAL, done);
            assembler.call(Symbols.initializer(superclassNeedingInit));
            assembler.bind(done);
        }
        if (initializerSymbol != null) {
            assembler.call(initializerSymbol);
        }
        assembler.emit(Mnemonic.LEAVE);
        assembler.emit(Mnemonic.RET);
        return assembler.finish();
    }
}
