package org.os2j.compiler.backend;

import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.x86.Assembler;
import org.os2j.compiler.x86.ControlRegister;
import org.os2j.compiler.x86.Immediate;
import org.os2j.compiler.x86.Label;
import org.os2j.compiler.x86.Memory;
import org.os2j.compiler.x86.Mnemonic;
import org.os2j.compiler.x86.Register;
import org.os2j.compiler.x86.Width;

/**
 * Instruction selection for the IR's {@code cpu} operations: the kernel intrinsics of runtime
 * {@code Cpu}, one per method name (Intel SDM Vol. 2 for each instruction). They use only the
 * scratch registers RAX, RCX and RDX (backend/FrameLayout), so nothing live is disturbed.
 */
final class CpuSelection {
    private CpuSelection() {
    }

    static void select(CodeGenerator generator, Instruction instruction) {
        Assembler assembler = generator.assembler();
        switch (instruction.symbol()) {
            case "readTimeStampCounter" -> {
                assembler.emit(Mnemonic.RDTSC);
                combineEdxEax(assembler);
                generator.storeResult(instruction, Register.RAX);
            }
            case "disableInterrupts" -> assembler.emit(Mnemonic.CLI);
            case "enableInterrupts" -> assembler.emit(Mnemonic.STI);
            case "waitForInterrupt" -> {
                assembler.emit(Mnemonic.STI);
                assembler.emit(Mnemonic.HLT);
            }
            case "halt" -> assembler.emit(Mnemonic.HLT);
            case "breakpoint" -> assembler.emit(Mnemonic.INT3);
            case "readControlRegister0" -> readControlRegister(generator, instruction, ControlRegister.CR0);
            case "readControlRegister2" -> readControlRegister(generator, instruction, ControlRegister.CR2);
            case "readControlRegister3" -> readControlRegister(generator, instruction, ControlRegister.CR3);
            case "readControlRegister4" -> readControlRegister(generator, instruction, ControlRegister.CR4);
            case "writeControlRegister0" -> writeControlRegister(generator, instruction, ControlRegister.CR0);
            case "writeControlRegister3" -> writeControlRegister(generator, instruction, ControlRegister.CR3);
            case "writeControlRegister4" -> writeControlRegister(generator, instruction, ControlRegister.CR4);
            case "invalidatePage" -> {
                operandTo(generator, instruction, 0, Register.RAX, Width.QWORD);
                assembler.emit(Mnemonic.INVLPG, null, Memory.of(Register.RAX, 0));
            }
            case "readModelSpecificRegister" -> {
                operandTo(generator, instruction, 0, Register.RCX, Width.DWORD);
                assembler.emit(Mnemonic.RDMSR);
                combineEdxEax(assembler);
                generator.storeResult(instruction, Register.RAX);
            }
            case "writeModelSpecificRegister" -> {
                operandTo(generator, instruction, 0, Register.RCX, Width.DWORD);
                operandTo(generator, instruction, 1, Register.RAX, Width.QWORD);
                assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RDX, Register.RAX);
                assembler.emit(Mnemonic.SHR, Width.QWORD, Register.RDX, Immediate.of(32));
                assembler.emit(Mnemonic.WRMSR);
            }
            case "loadGlobalDescriptorTable" -> {
                operandTo(generator, instruction, 0, Register.RAX, Width.QWORD);
                assembler.emit(Mnemonic.LGDT, null, Memory.of(Register.RAX, 0));
            }
            case "loadInterruptDescriptorTable" -> {
                operandTo(generator, instruction, 0, Register.RAX, Width.QWORD);
                assembler.emit(Mnemonic.LIDT, null, Memory.of(Register.RAX, 0));
            }
            case "loadTaskRegister" -> {
                operandTo(generator, instruction, 0, Register.RAX, Width.DWORD);
                assembler.emit(Mnemonic.LTR, Width.WORD, Register.RAX);
            }
            case "reloadSegments" -> reloadSegments(generator, instruction);
            case "cpuid" -> cpuid(generator, instruction);
            default -> throw new IllegalStateException("no selection for cpu operation " + instruction.symbol());
        }
    }

    /** CPUID clobbers EBX, which may hold a value: it is saved around the instruction. */
    private static void cpuid(CodeGenerator generator, Instruction instruction) {
        if (!(instruction.operand(1) instanceof org.os2j.compiler.ir.Constant register)) {
            throw new IllegalStateException("Cpu.cpuid needs a constant register number");
        }
        Assembler assembler = generator.assembler();
        assembler.emit(Mnemonic.PUSH, Width.QWORD, Register.RBX);
        operandTo(generator, instruction, 0, Register.RAX, Width.DWORD);
        assembler.emit(Mnemonic.XOR, Width.DWORD, Register.RCX, Register.RCX);
        assembler.emit(Mnemonic.CPUID);
        Register[] answer = {Register.RAX, Register.RBX, Register.RCX, Register.RDX};
        assembler.emit(Mnemonic.MOV, Width.DWORD, Register.RAX, answer[(int) register.bits()]);
        assembler.emit(Mnemonic.POP, Width.QWORD, Register.RBX);
        generator.storeResult(instruction, Register.RAX);
    }

    /** RAX = RDX << 32 | EAX (RDTSC and RDMSR leave the halves zero-extended). */
    private static void combineEdxEax(Assembler assembler) {
        assembler.emit(Mnemonic.SHL, Width.QWORD, Register.RDX, Immediate.of(32));
        assembler.emit(Mnemonic.OR, Width.QWORD, Register.RAX, Register.RDX);
    }

    private static void readControlRegister(CodeGenerator generator, Instruction instruction, ControlRegister register) {
        generator.assembler().emit(Mnemonic.MOV, Width.QWORD, Register.RAX, register);
        generator.storeResult(instruction, Register.RAX);
    }

    private static void writeControlRegister(CodeGenerator generator, Instruction instruction, ControlRegister register) {
        operandTo(generator, instruction, 0, Register.RAX, Width.QWORD);
        generator.assembler().emit(Mnemonic.MOV, Width.QWORD, register, Register.RAX);
    }

    /**
     * Data segments by MOV (8E /r, which the assembler's table lacks), CS by a far return to the
     * next instruction: push the selector and the address, RETFQ (SDM Vol. 3A 5.8.2 and Vol. 2B RET).
     */
    private static void reloadSegments(CodeGenerator generator, Instruction instruction) {
        Assembler assembler = generator.assembler();
        operandTo(generator, instruction, 1, Register.RAX, Width.DWORD);
        assembler.emitBytes(new byte[] {(byte) 0x8E, (byte) 0xD8, (byte) 0x8E, (byte) 0xC0, (byte) 0x8E, (byte) 0xE0,
                (byte) 0x8E, (byte) 0xE8, (byte) 0x8E, (byte) 0xD0}); // mov ds/es/fs/gs/ss, ax
        operandTo(generator, instruction, 0, Register.RCX, Width.DWORD);
        Label reloaded = assembler.newLabel();
        assembler.emit(Mnemonic.PUSH, Width.QWORD, Register.RCX);
        assembler.emit(Mnemonic.LEA, Width.QWORD, Register.RAX, Memory.rip(reloaded, 0));
        assembler.emit(Mnemonic.PUSH, Width.QWORD, Register.RAX);
        assembler.emitBytes(new byte[] {0x48, (byte) 0xCB}); // retfq
        assembler.bind(reloaded);
    }

    private static void operandTo(CodeGenerator generator, Instruction instruction, int index, Register register,
                                  Width width) {
        ParallelMove.move(generator.assembler(), register, generator.operand(instruction.operand(index)), width);
    }
}
