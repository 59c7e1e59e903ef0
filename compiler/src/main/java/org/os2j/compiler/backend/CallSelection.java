package org.os2j.compiler.backend;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Kind;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.layout.Symbols;
import org.os2j.compiler.world.RuntimeSupport;
import org.os2j.compiler.x86.Assembler;
import org.os2j.compiler.x86.Condition;
import org.os2j.compiler.x86.Immediate;
import org.os2j.compiler.x86.Label;
import org.os2j.compiler.x86.Memory;
import org.os2j.compiler.x86.Mnemonic;
import org.os2j.compiler.x86.Operand;
import org.os2j.compiler.x86.Register;
import org.os2j.compiler.x86.Width;
import org.os2j.compiler.x86.XmmRegister;
import org.os2j.runtime.AllocationLayout;
import org.os2j.runtime.ObjectLayout;

/**
 * Instruction selection for calls, part of {@link CodeGenerator}: direct calls in the
 * {@link FrameLayout} convention, Linux system calls and class-initialization checks (JVMS 5.5).
 * All registers are caller-saved, so each call stores exactly the registers holding values live
 * after it into their save slots and reloads them afterwards; the slots are reserved, before any
 * code is emitted, by {@link #reserveSaveSlots}.
 */
final class CallSelection {
    private final CodeGenerator generator;
    private final Assembler assembler;
    private final Liveness liveness;
    private final FrameLayout frame;
    /** The registers the last call reloaded after it (CodeGenerator.trackSavedRegisters). */
    private List<Operand> lastRestored = List.of();

    CallSelection(CodeGenerator generator, Liveness liveness, FrameLayout frame) {
        this.generator = generator;
        this.assembler = generator.assembler();
        this.liveness = liveness;
        this.frame = frame;
    }

    /**
     * Gives every register live across some call of the function a save slot, and across each
     * check in a try block (its slow path calls the runtime, which throws to a landing pad).
     */
    void reserveSaveSlots() {
        for (org.os2j.compiler.ir.Block block : generator.function().blocks()) {
            boolean inTry = block.terminator().hasExceptionTarget();
            for (Instruction instruction : block.instructions()) {
                if (instruction.opcode().isCall || (inTry && instruction.opcode().canThrow)) {
                    liveRegistersAcross(instruction).forEach(frame::reserveSaveSlot);
                }
            }
        }
    }


    /** The allocatable registers holding values live after {@code instruction}, except its result. */
    List<Operand> liveRegistersAcross(Instruction instruction) {
        BitSet live = (BitSet) liveness.liveAfter(instruction).clone();
        if (instruction.result() != null) {
            live.clear(instruction.result().number());
        }
        List<Operand> registers = new ArrayList<>();
        live.stream().forEach(number -> {
            Operand register = generator.operand(generator.function().registers().get(number));
            if (!(register instanceof Memory) && !registers.contains(register)) {
                registers.add(register);
            }
        });
        return registers;
    }

    /** Stores registers to their save slots, all 8 bytes (a FLOAT's upper half is don't-care). */
    void save(List<Operand> registers) {
        for (Operand register : registers) {
            ParallelMove.move(assembler, Memory.of(Register.RBP, frame.saveOffset(register)), register, Width.QWORD);
        }
    }

    void restore(List<Operand> registers) {
        for (Operand register : registers) {
            ParallelMove.move(assembler, register, Memory.of(Register.RBP, frame.saveOffset(register)), Width.QWORD);
        }
    }

    /** The registers the last call or system call reloaded from their save slots after it. */
    List<Operand> lastRestored() {
        return lastRestored;
    }

    /** CALL of a symbol, or CALL_INDIRECT of the address in its first operand. */
    void call(Instruction instruction) {
        if (RuntimeSupport.ALLOCATE_INSTANCE.symbol().equals(instruction.symbol()) && !generator.inColdBlock()
                && generator.operand(instruction.operand(1)) instanceof Immediate size
                && size.value() > 0 && size.value() < Integer.MAX_VALUE) {
            allocateInstance(instruction, size.value());
            return;
        }
        if (RuntimeSupport.ALLOCATE_ARRAY_OF_SHIFT.symbol().equals(instruction.symbol()) && !generator.inColdBlock()
                && generator.operand(instruction.operand(2)) instanceof Immediate shift
                && shift.value() >= 0 && shift.value() <= 3) {
            allocateArray(instruction, (int) shift.value());
            return;
        }
        List<Operand> saved = liveRegistersAcross(instruction);
        save(generator.changedSinceSaved(saved));
        lastRestored = saved;
        boolean indirect = instruction.opcode() == org.os2j.compiler.ir.Opcode.CALL_INDIRECT;
        List<Value> arguments = indirect ? instruction.operands().subList(1, instruction.operands().size())
                : instruction.operands();
        List<FrameLayout.ArgumentLocation> destinations = FrameLayout.argumentLocations(
                arguments.stream().map(Value::kind).toList());
        int stackArguments = (int) destinations.stream().filter(d -> d.register() == null).count();
        int padding = (stackArguments % 2) * 8;
        if (padding != 0) {
            assembler.emit(Mnemonic.SUB, Width.QWORD, Register.RSP, Immediate.of(padding));
        }
        for (int i = arguments.size() - 1; i >= 0; i--) {
            if (destinations.get(i).register() == null) {
                push(arguments.get(i));
            }
        }
        ParallelMove moves = new ParallelMove();
        for (int i = 0; i < arguments.size(); i++) {
            Value argument = arguments.get(i);
            if (destinations.get(i).register() != null) {
                moves.add(destinations.get(i).register(), generator.operand(argument), CodeGenerator.widthOf(argument.kind()));
            }
        }
        if (indirect) {
            moves.add(FrameLayout.INDIRECT_TARGET, generator.operand(instruction.operand(0)), Width.QWORD);
        }
        moves.emit(assembler);
        if (indirect) {
            assembler.call(FrameLayout.INDIRECT_TARGET);
        } else {
            assembler.call(instruction.symbol());
        }
        generator.recordCall(instruction, saved, generator.exceptionTarget(), generator.referenceSlots(instruction));
        if (stackArguments + padding / 8 > 0) {
            assembler.emit(Mnemonic.ADD, Width.QWORD, Register.RSP, Immediate.of(8L * stackArguments + padding));
        }
        if (instruction.result() != null) {
            generator.storeResult(instruction, FrameLayout.resultRegister(instruction.result().kind()));
        }
        restore(saved);
    }

    /**
     * {@code new} of an instance of {@code size} bytes (a multiple of 8): the allocation pointer
     * bumped inline (runtime AllocationLayout; the window reads as zero, so only the descriptor is
     * stored), and the call of Allocator.allocateInstance, which may collect, out of line when the
     * object does not fit. Only the scratch registers change on the fast path. Not where every path
     * throws (an exception being made): there the plain call is smaller.
     */
    private void allocateInstance(Instruction instruction, long size) {
        Label slow = assembler.newLabel();
        Label done = assembler.newLabel();
        long aligned = (size + ObjectLayout.OBJECT_ALIGNMENT - 1) & -ObjectLayout.OBJECT_ALIGNMENT;
        assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RAX, Memory.rip(AllocationLayout.TOP, 0));
        assembler.emit(Mnemonic.LEA, Width.QWORD, Register.RCX, Memory.of(Register.RAX, aligned));
        assembler.emit(Mnemonic.CMP, Width.QWORD, Register.RCX, Memory.rip(AllocationLayout.LIMIT, 0));
        assembler.jump(Condition.ABOVE, slow);
        assembler.emit(Mnemonic.MOV, Width.QWORD, Memory.rip(AllocationLayout.TOP, 0), Register.RCX);
        ParallelMove.move(assembler, Register.R11, generator.operand(instruction.operand(0)), Width.QWORD);
        assembler.emit(Mnemonic.MOV, Width.QWORD, Memory.of(Register.RAX, ObjectLayout.DESCRIPTOR_OFFSET), Register.R11);
        generator.storeResult(instruction, Register.RAX);
        assembler.bind(done);
        slowAllocation(instruction, slow, done);
    }

    /**
     * {@code newarray}/{@code anewarray} of elements of {@code 1 << shift} bytes: as
     * {@link #allocateInstance}, the size computed from the length (header, elements, rounded to
     * 8) and the length stored too. A negative length takes the call, which throws.
     */
    private void allocateArray(Instruction instruction, int shift) {
        Label slow = assembler.newLabel();
        Label done = assembler.newLabel();
        Operand length = generator.operand(instruction.operand(1));
        if (length instanceof Immediate constant) {
            assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RCX, Immediate.of((int) constant.value()));
        } else {
            assembler.emit(Mnemonic.MOVSXD, Width.QWORD, Register.RCX, length);
        }
        assembler.emit(Mnemonic.TEST, Width.QWORD, Register.RCX, Register.RCX);
        assembler.jump(Condition.SIGN, slow);
        if (shift > 0) {
            assembler.emit(Mnemonic.SHL, Width.QWORD, Register.RCX, Immediate.of(shift));
        }
        assembler.emit(Mnemonic.LEA, Width.QWORD, Register.RCX, Memory.of(Register.RCX,
                ObjectLayout.ARRAY_ELEMENTS_OFFSET + ObjectLayout.OBJECT_ALIGNMENT - 1));
        assembler.emit(Mnemonic.AND, Width.QWORD, Register.RCX, Immediate.of(-ObjectLayout.OBJECT_ALIGNMENT));
        assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RAX, Memory.rip(AllocationLayout.TOP, 0));
        assembler.emit(Mnemonic.ADD, Width.QWORD, Register.RCX, Register.RAX);
        assembler.emit(Mnemonic.CMP, Width.QWORD, Register.RCX, Memory.rip(AllocationLayout.LIMIT, 0));
        assembler.jump(Condition.ABOVE, slow);
        assembler.emit(Mnemonic.MOV, Width.QWORD, Memory.rip(AllocationLayout.TOP, 0), Register.RCX);
        ParallelMove.move(assembler, Register.R11, generator.operand(instruction.operand(0)), Width.QWORD);
        assembler.emit(Mnemonic.MOV, Width.QWORD, Memory.of(Register.RAX, ObjectLayout.DESCRIPTOR_OFFSET), Register.R11);
        if (length instanceof Immediate constant) {
            assembler.emit(Mnemonic.MOV, Width.DWORD, Memory.of(Register.RAX, ObjectLayout.ARRAY_LENGTH_OFFSET),
                    Immediate.of((int) constant.value()));
        } else {
            ParallelMove.move(assembler, Register.R11, length, Width.DWORD);
            assembler.emit(Mnemonic.MOV, Width.DWORD, Memory.of(Register.RAX, ObjectLayout.ARRAY_LENGTH_OFFSET),
                    Register.R11);
        }
        generator.storeResult(instruction, Register.RAX);
        assembler.bind(done);
        slowAllocation(instruction, slow, done);
    }

    /** The out-of-line call of an inline allocation's runtime entry, with the instruction's operands. */
    private void slowAllocation(Instruction instruction, Label slow, Label done) {
        List<Operand> saved = liveRegistersAcross(instruction);
        lastRestored = List.of(); // The fast path saves and reloads nothing.
        org.os2j.compiler.ir.Block target = generator.exceptionTarget();
        int[] referenceSlots = generator.referenceSlots(instruction);
        List<Operand> arguments = instruction.operands().stream().map(generator::operand).toList();
        generator.addStub(() -> {
            assembler.bind(slow);
            save(saved);
            ParallelMove moves = new ParallelMove();
            for (int i = 0; i < arguments.size(); i++) {
                moves.add(FrameLayout.ARGUMENTS.get(i), arguments.get(i), Width.QWORD);
            }
            moves.emit(assembler);
            assembler.call(instruction.symbol());
            generator.recordCall(instruction, saved, target, referenceSlots);
            generator.storeResult(instruction, FrameLayout.resultRegister(Kind.REFERENCE));
            restore(saved);
            assembler.jump(done);
        });
    }

    /** Pushes one stack argument as an 8-byte slot. */
    private void push(Value argument) {
        Operand operand = generator.source(argument, Register.R11);
        if (operand instanceof XmmRegister) {
            assembler.emit(Mnemonic.SUB, Width.QWORD, Register.RSP, Immediate.of(8));
            ParallelMove.move(assembler, Memory.of(Register.RSP, 0), operand, Width.QWORD);
        } else if (operand instanceof Memory || (operand instanceof Register && argument.kind() != Kind.INT)) {
            assembler.emit(Mnemonic.PUSH, Width.QWORD, operand);
        } else {
            ParallelMove.move(assembler, Register.RAX, operand, CodeGenerator.widthOf(argument.kind()));
            assembler.emit(Mnemonic.PUSH, Width.QWORD, Register.RAX);
        }
    }

    void systemCall(Instruction instruction) {
        List<Operand> saved = liveRegistersAcross(instruction);
        save(generator.changedSinceSaved(saved));
        lastRestored = saved;
        ParallelMove moves = new ParallelMove();
        List<Value> operands = instruction.operands();
        moves.add(Register.RAX, generator.operand(operands.get(0)), Width.QWORD);
        for (int i = 1; i < operands.size(); i++) {
            moves.add(FrameLayout.SYSTEM_CALL_ARGUMENTS.get(i - 1), generator.operand(operands.get(i)), Width.QWORD);
        }
        moves.emit(assembler);
        assembler.emit(Mnemonic.SYSCALL);
        if (instruction.result() != null) {
            generator.storeResult(instruction, Register.RAX);
        }
        restore(saved);
    }

    /** JVMS 5.5: run the class's initializer on first active use; the flag is set by the initializer. */
    void classInitialization(Instruction instruction) {
        String className = instruction.symbol();
        Label done = assembler.newLabel();
        Label slow = assembler.newLabel();
        // Anything but STARTED (runtime ClassInitialization) takes the slow path: not started, or erroneous.
        assembler.emit(Mnemonic.CMP, Width.BYTE, Memory.rip(Symbols.initializedFlag(className), 0), Immediate.of(1));
        assembler.jump(Condition.NOT_EQUAL, slow);
        assembler.bind(done);
        List<Operand> saved = liveRegistersAcross(instruction);
        org.os2j.compiler.ir.Block target = generator.exceptionTarget();
        int[] referenceSlots = generator.referenceSlots(instruction);
        generator.addStub(() -> {
            assembler.bind(slow);
            save(saved);
            assembler.call(Symbols.initializer(className));
            generator.recordCall(instruction, saved, target, referenceSlots);
            restore(saved);
            assembler.jump(done);
        });
    }
}
