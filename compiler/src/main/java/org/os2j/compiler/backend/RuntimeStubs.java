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
import org.os2j.runtime.StackLayout;

/**
 * Code the compiler generates directly rather than from bytecode: the process entry point, the
 * signal-return trampoline and the per-class initialization routines.
 */
public final class RuntimeStubs {
    /** The Linux x86-64 system-call number of rt_sigreturn. */
    private static final int RT_SIGRETURN = 15;
    /** Bytes of the boot stack: LinuxStack.create's few frames plus the probe distance below them. */
    public static final int BOOT_STACK_SIZE = 2 * StackLayout.PROBE_DISTANCE;

    private RuntimeStubs() {
    }

    /**
     * {@code _start} for the linux target. At entry RSP points to argc, then the argv pointers
     * (System V psABI 3.4.1, "Initial Stack and Register State"). Calls {@code LinuxStack.create(RSP)}
     * on the boot stack ({@link Symbols#BOOT_STACK}: the process stack would do on Linux, which grows
     * it for the probe below RSP, but not under valgrind, which grows it only near RSP), keeping the
     * entry RSP in the boot stack's top slot as compiled code saves no registers; switches to the
     * stack it returns, zeroes RBP to end backtraces and calls {@code LinuxStart.start(argc, argv)},
     * which never returns.
     */
    public static AssembledCode linuxEntry() {
        Assembler assembler = new Assembler();
        assembler.emit(Mnemonic.XOR, Width.DWORD, Register.RBP, Register.RBP);
        assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RAX, Register.RSP);
        assembler.emit(Mnemonic.LEA, Width.QWORD, Register.RSP, Memory.rip(Symbols.BOOT_STACK, BOOT_STACK_SIZE - 16));
        assembler.emit(Mnemonic.MOV, Width.QWORD, Memory.of(Register.RSP, 0), Register.RAX);
        assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RDI, Register.RAX);
        assembler.call(RuntimeSupport.LINUX_STACK.symbol());
        assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RCX, Memory.of(Register.RSP, 0));
        assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RDI, Memory.of(Register.RCX, 0));
        assembler.emit(Mnemonic.LEA, Width.QWORD, Register.RSI, Memory.of(Register.RCX, 8));
        assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RSP, Register.RAX);
        assembler.emit(Mnemonic.XOR, Width.DWORD, Register.RBP, Register.RBP);
        assembler.call(RuntimeSupport.LINUX_START.symbol());
        assembler.emit(Mnemonic.UD2);
        return assembler.finish();
    }

    /**
     * {@code os2j.signalReturn}: the restorer of the signal handlers (SA_RESTORER), where a handler
     * that returns goes: {@code rt_sigreturn(2)} resumes the interrupted context, as the handler
     * left it.
     */
    public static AssembledCode signalReturn() {
        Assembler assembler = new Assembler();
        assembler.emit(Mnemonic.MOV, Width.DWORD, Register.RAX, Immediate.of(RT_SIGRETURN));
        assembler.emit(Mnemonic.SYSCALL);
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

    /**
     * {@code enumValues:C}: initializes C if it needs it, then tail-calls {@code C.values()}, so the
     * runtime can get an enum's constants from its descriptor (Class.getEnumConstantsShared).
     */
    public static AssembledCode enumValues(String initializerSymbol, String valuesSymbol) {
        Assembler assembler = new Assembler();
        if (initializerSymbol != null) {
            assembler.emit(Mnemonic.PUSH, Width.QWORD, Register.RBP);
            assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RBP, Register.RSP);
            assembler.call(initializerSymbol);
            assembler.emit(Mnemonic.LEAVE);
        }
        assembler.jump(valuesSymbol);
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
