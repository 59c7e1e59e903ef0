package org.os2j.compiler.backend;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Constant;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Kind;
import org.os2j.compiler.ir.MemoryAccess;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;
import org.os2j.compiler.layout.Symbols;
import org.os2j.compiler.world.RuntimeSupport;
import org.os2j.compiler.x86.AssembledCode;
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

/**
 * Pipeline step 5b: x86-64 machine code for one function, after liveness and linear-scan
 * allocation. Each IR instruction is selected into a short instruction sequence over the allocated
 * locations, using RAX, RCX, RDX and R11 as scratch ({@link FrameLayout}). Calls save exactly the
 * registers live across them into their save slots. Checks branch to out-of-line stubs at the end
 * of the function that report the exception (the uncaught path; unwinding comes later).
 *
 * <p>Requires: verified IR, block order final. Guarantees: the code follows {@link FrameLayout}'s
 * convention, and an INT in a register always has its upper 32 bits clear.
 */
public final class CodeGenerator {
    private final Function function;
    private final Assembler assembler = new Assembler();
    private final FrameLayout frame = new FrameLayout();
    private final Liveness liveness;
    private final Location[] locations;
    private final Map<Block, Label> labels = new HashMap<>();
    private final List<Runnable> stubs = new ArrayList<>();
    private Label nullPointerStub;
    private Label divideByZeroStub;

    private final FloatingPointSelection floatingPoint = new FloatingPointSelection(this);

    private CodeGenerator(Function function) {
        this.function = function;
        this.liveness = new Liveness(function);
        this.locations = LinearScanAllocator.allocate(function, liveness, frame);
        for (Block block : function.blocks()) {
            for (Instruction instruction : block.instructions()) {
                if (instruction.opcode().isCall) {
                    liveRegistersAcross(instruction).forEach(frame::reserveSaveSlot);
                }
            }
        }
    }

    public static AssembledCode generate(Function function) {
        return new CodeGenerator(function).run();
    }

    private AssembledCode run() {
        for (Block block : function.blocks()) {
            labels.put(block, assembler.newLabel());
        }
        prologue();
        List<Block> blocks = function.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            assembler.bind(labels.get(block));
            for (Instruction instruction : block.instructions()) {
                select(instruction, next);
            }
        }
        for (int i = 0; i < stubs.size(); i++) {
            stubs.get(i).run();
        }
        return assembler.finish();
    }

    private void prologue() {
        assembler.emit(Mnemonic.PUSH, Width.QWORD, Register.RBP);
        assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RBP, Register.RSP);
        if (frame.frameSize() > 0) {
            assembler.emit(Mnemonic.SUB, Width.QWORD, Register.RSP, Immediate.of(frame.frameSize()));
        }
        ParallelMove parameters = new ParallelMove();
        List<VirtualRegister> list = function.parameters();
        List<FrameLayout.ArgumentLocation> sources = FrameLayout.argumentLocations(
                list.stream().map(VirtualRegister::kind).toList());
        for (int i = 0; i < list.size(); i++) {
            VirtualRegister parameter = list.get(i);
            FrameLayout.ArgumentLocation source = sources.get(i);
            Operand from = source.register() != null ? source.register()
                    : Memory.of(Register.RBP, 16 + 8L * source.stackIndex());
            parameters.add(operand(parameter), from, widthOf(parameter.kind()));
        }
        parameters.emit(assembler);
    }

    // ---- locations and operands -------------------------------------------------------------

    /** The width of a value's bits: DWORD for INT and FLOAT, QWORD for the others. */
    static Width widthOf(Kind kind) {
        return kind.size == 4 ? Width.DWORD : Width.QWORD;
    }

    private Location location(VirtualRegister register) {
        return locations[register.number()];
    }

    Assembler assembler() {
        return assembler;
    }

    /** Adds code to emit after the function body (slow paths, exception stubs). */
    void addStub(Runnable stub) {
        stubs.add(stub);
    }

    Label label(Block block) {
        return labels.get(block);
    }

    /**
     * The operand for a value as it is: register (general or XMM), rbp-relative slot, or immediate
     * (a constant's bits; FLOAT constants, like INT ones, as their 32-bit pattern).
     */
    Operand operand(Value value) {
        if (value instanceof Constant constant) {
            return Immediate.of(constant.kind().size == 4 ? (int) constant.bits() : constant.bits());
        }
        Location location = location((VirtualRegister) value);
        if (location instanceof Location.InRegister inRegister) {
            return inRegister.register();
        }
        if (location instanceof Location.InXmmRegister inXmmRegister) {
            return inXmmRegister.register();
        }
        return Memory.of(Register.RBP, frame.spillOffset(((Location.InSlot) location).index()));
    }

    /** The value in a register: its own, or {@code scratch} after loading it there. */
    Register inRegister(Value value, Register scratch) {
        Operand operand = operand(value);
        if (operand instanceof Register register) {
            return register;
        }
        ParallelMove.move(assembler, scratch, operand, widthOf(value.kind()));
        return scratch;
    }

    /** The value as a source operand of a two-operand ALU instruction (imm32, register or memory). */
    private Operand source(Value value, Register scratch) {
        Operand operand = operand(value);
        if (operand instanceof Immediate immediate && immediate.value() != (int) immediate.value()) {
            ParallelMove.move(assembler, scratch, operand, Width.QWORD);
            return scratch;
        }
        return operand;
    }

    /** The register the result is computed in: its own, or RAX to be stored afterwards. */
    Register resultRegister(Instruction instruction) {
        Operand operand = operand(instruction.result());
        return operand instanceof Register register ? register : Register.RAX;
    }

    void storeResult(Instruction instruction, Operand computed) {
        Operand destination = operand(instruction.result());
        if (!destination.equals(computed)) {
            ParallelMove.move(assembler, destination, computed, widthOf(instruction.result().kind()));
        }
    }

    // ---- instruction selection -------------------------------------------------------------

    private void select(Instruction instruction, Block next) {
        if (floatingPoint.select(instruction, next)) {
            return;
        }
        switch (instruction.opcode()) {
            case MOVE, REINTERPRET -> {
                Value source = instruction.operand(0);
                Operand destination = operand(instruction.result());
                Width width = widthOf(instruction.result().kind());
                ParallelMove.move(assembler, destination, operand(source), width);
            }
            case ADD -> arithmetic(instruction, Mnemonic.ADD);
            case SUBTRACT -> arithmetic(instruction, Mnemonic.SUB);
            case AND -> arithmetic(instruction, Mnemonic.AND);
            case OR -> arithmetic(instruction, Mnemonic.OR);
            case XOR -> arithmetic(instruction, Mnemonic.XOR);
            case MULTIPLY -> multiply(instruction);
            case DIVIDE, REMAINDER -> divide(instruction);
            case NEGATE -> {
                Register result = resultRegister(instruction);
                Width width = widthOf(instruction.operationKind());
                ParallelMove.move(assembler, result, operand(instruction.operand(0)), width);
                assembler.emit(Mnemonic.NEG, width, result);
                storeResult(instruction, result);
            }
            case SHIFT_LEFT -> shift(instruction, Mnemonic.SHL);
            case SHIFT_RIGHT -> shift(instruction, Mnemonic.SAR);
            case UNSIGNED_SHIFT_RIGHT -> shift(instruction, Mnemonic.SHR);
            case COMPARE_LONG -> compareLong(instruction);
            case INT_TO_LONG -> {
                Register result = resultRegister(instruction);
                Operand source = operand(instruction.operand(0));
                if (source instanceof Immediate immediate) {
                    assembler.emit(Mnemonic.MOV, Width.QWORD, result, Immediate.of((int) immediate.value()));
                } else {
                    assembler.emit(Mnemonic.MOVSXD, Width.QWORD, result, source);
                }
                storeResult(instruction, result);
            }
            case LONG_TO_INT -> {
                Register result = resultRegister(instruction);
                Operand source = operand(instruction.operand(0));
                if (source instanceof Immediate immediate) {
                    source = Immediate.of((int) immediate.value());
                }
                assembler.emit(Mnemonic.MOV, Width.DWORD, result, source);
                storeResult(instruction, result);
            }
            case INT_TO_BYTE -> narrow(instruction, Mnemonic.MOVSX, Width.BYTE);
            case INT_TO_CHAR -> narrow(instruction, Mnemonic.MOVZX, Width.WORD);
            case INT_TO_SHORT -> narrow(instruction, Mnemonic.MOVSX, Width.WORD);
            case LOAD -> load(instruction);
            case STORE -> store(instruction);
            case LOAD_STATIC -> {
                if (instruction.result().kind().isFloatingPoint()) {
                    Operand result = operandOrXmmScratch(instruction);
                    ParallelMove.move(assembler, result, Memory.rip(instruction.symbol(),
                            instruction.memoryAccess().displacement()), widthOf(instruction.result().kind()));
                    storeResult(instruction, result);
                    return;
                }
                Register result = resultRegister(instruction);
                loadInto(result, instruction.result().kind(), instruction.memoryAccess(),
                        Memory.rip(instruction.symbol(), instruction.memoryAccess().displacement()));
                storeResult(instruction, result);
            }
            case STORE_STATIC -> storeTo(Memory.rip(instruction.symbol(), instruction.memoryAccess().displacement()),
                    instruction.memoryAccess().width(), instruction.operand(0));
            case SYMBOL_ADDRESS -> {
                Register result = resultRegister(instruction);
                assembler.emit(Mnemonic.LEA, Width.QWORD, result, Memory.rip(instruction.symbol(), 0));
                storeResult(instruction, result);
            }
            case CALL -> call(instruction);
            case SYSTEM_CALL -> systemCall(instruction);
            case CLASS_INIT -> classInitialization(instruction);
            case NULL_CHECK -> nullCheck(instruction);
            case BOUNDS_CHECK -> boundsCheck(instruction);
            case ZERO_CHECK -> zeroCheck(instruction);
            case JUMP -> jumpTo(instruction.targets().get(0), next);
            case BRANCH -> branch(instruction, next);
            case SWITCH -> switchOn(instruction, next);
            case RETURN -> {
                if (!instruction.operands().isEmpty()) {
                    Value value = instruction.operand(0);
                    ParallelMove.move(assembler, FrameLayout.resultRegister(value.kind()), operand(value),
                            widthOf(value.kind()));
                }
                assembler.emit(Mnemonic.LEAVE);
                assembler.emit(Mnemonic.RET);
            }
            case UNREACHABLE -> assembler.emit(Mnemonic.UD2);
            default -> throw new IllegalStateException("no selection for " + instruction);
        }
    }

    private void arithmetic(Instruction instruction, Mnemonic mnemonic) {
        Width width = widthOf(instruction.operationKind());
        Value left = instruction.operand(0);
        Value right = instruction.operand(1);
        Register result = resultRegister(instruction);
        if (operand(right).equals(result) && !operand(left).equals(result)) {
            if (instruction.opcode().isCommutative()) {
                assembler.emit(mnemonic, width, result, source(left, Register.R11));
            } else {
                ParallelMove.move(assembler, Register.R11, operand(right), width);
                ParallelMove.move(assembler, result, operand(left), width);
                assembler.emit(mnemonic, width, result, Register.R11);
            }
        } else {
            ParallelMove.move(assembler, result, operand(left), width);
            assembler.emit(mnemonic, width, result, source(right, Register.R11));
        }
        storeResult(instruction, result);
    }

    private void multiply(Instruction instruction) {
        Width width = widthOf(instruction.operationKind());
        Value left = instruction.operand(0);
        Value right = instruction.operand(1);
        Register result = resultRegister(instruction);
        Operand rightOperand = operand(right);
        if (rightOperand.equals(result)) {
            Value swap = left;
            left = right;
            right = swap;
            rightOperand = operand(right);
        }
        ParallelMove.move(assembler, result, operand(left), width);
        if (rightOperand instanceof Immediate) {
            ParallelMove.move(assembler, Register.R11, rightOperand, width);
            rightOperand = Register.R11;
        }
        assembler.emit(Mnemonic.IMUL, width, result, rightOperand);
        storeResult(instruction, result);
    }

    /**
     * idiv, with the JVM's rule that MIN_VALUE / -1 is MIN_VALUE and MIN_VALUE % -1 is 0 (JVMS idiv,
     * irem), which x86 idiv would fault on (#DE), handled by testing for a -1 divisor first.
     */
    private void divide(Instruction instruction) {
        Width width = widthOf(instruction.operationKind());
        boolean quotient = instruction.opcode() == Opcode.DIVIDE;
        Operand divisor = operand(instruction.operand(1));
        ParallelMove.move(assembler, Register.RAX, operand(instruction.operand(0)), width);
        if (divisor instanceof Immediate immediate) {
            if (immediate.value() == -1) {
                if (quotient) {
                    assembler.emit(Mnemonic.NEG, width, Register.RAX);
                } else {
                    assembler.emit(Mnemonic.XOR, Width.DWORD, Register.RAX, Register.RAX);
                }
                storeResult(instruction, Register.RAX);
                return;
            }
            ParallelMove.move(assembler, Register.RCX, divisor, width);
            divisor = Register.RCX;
        }
        Label normal = assembler.newLabel();
        Label done = assembler.newLabel();
        if (!(divisor.equals(Register.RCX))) {
            assembler.emit(Mnemonic.CMP, width, divisor, Immediate.of(-1));
            assembler.jump(Condition.NOT_EQUAL, normal);
            if (quotient) {
                assembler.emit(Mnemonic.NEG, width, Register.RAX);
            } else {
                assembler.emit(Mnemonic.XOR, Width.DWORD, Register.RAX, Register.RAX);
            }
            assembler.jump(done);
        }
        assembler.bind(normal);
        assembler.emit(width == Width.QWORD ? Mnemonic.CQO : Mnemonic.CDQ);
        assembler.emit(Mnemonic.IDIV, width, divisor);
        if (!quotient) {
            assembler.emit(Mnemonic.MOV, width, Register.RAX, Register.RDX);
        }
        assembler.bind(done);
        storeResult(instruction, Register.RAX);
    }

    /** Shift counts are masked by the hardware exactly as JVMS ishl/lshl require (5 or 6 bits). */
    private void shift(Instruction instruction, Mnemonic mnemonic) {
        Width width = widthOf(instruction.operationKind());
        Operand count = operand(instruction.operand(1));
        Register result = resultRegister(instruction);
        if (count instanceof Immediate immediate) {
            int masked = (int) immediate.value() & (width == Width.QWORD ? 63 : 31);
            ParallelMove.move(assembler, result, operand(instruction.operand(0)), width);
            if (masked != 0) {
                assembler.emit(mnemonic, width, result, Immediate.of(masked));
            }
        } else {
            ParallelMove.move(assembler, Register.RCX, count, Width.DWORD);
            ParallelMove.move(assembler, result, operand(instruction.operand(0)), width);
            assembler.emit(mnemonic, width, result, Register.RCX);
        }
        storeResult(instruction, result);
    }

    private void compareLong(Instruction instruction) {
        Register left = inRegister(instruction.operand(0), Register.RAX);
        assembler.emit(Mnemonic.CMP, Width.QWORD, left, source(instruction.operand(1), Register.R11));
        assembler.setcc(Condition.GREATER, Register.RAX);
        assembler.setcc(Condition.LESS, Register.RCX);
        assembler.emit(Mnemonic.SUB, Width.BYTE, Register.RAX, Register.RCX);
        Register result = resultRegister(instruction);
        extend(Mnemonic.MOVSX, Width.DWORD, Width.BYTE, result, Register.RAX);
        storeResult(instruction, result);
    }

    private void narrow(Instruction instruction, Mnemonic mnemonic, Width from) {
        Register source = inRegister(instruction.operand(0), Register.RAX);
        Register result = resultRegister(instruction);
        extend(mnemonic, Width.DWORD, from, result, source);
        storeResult(instruction, result);
    }

    /** movsx/movzx from a {@code from}-sized source into a {@code to}-sized register. */
    private void extend(Mnemonic mnemonic, Width to, Width from, Register destination, Operand source) {
        assembler.emit(mnemonic, to, from, destination, source);
    }

    // ---- memory -------------------------------------------------------------------------------

    /** The address an IR LOAD or STORE names; base in its register or R11, index in its register or RCX. */
    Memory address(Instruction instruction) {
        MemoryAccess access = instruction.memoryAccess();
        Register base = inRegister(instruction.operand(0), Register.R11);
        boolean indexed = instruction.opcode() == Opcode.LOAD ? instruction.operands().size() == 2
                : instruction.operands().size() == 3;
        if (!indexed) {
            return Memory.of(base, access.displacement());
        }
        Value index = instruction.operand(1);
        if (index instanceof Constant constant) {
            return Memory.of(base, access.displacement() + constant.bits() * access.scale());
        }
        Register indexRegister = inRegister(index, Register.RCX);
        return Memory.of(base, indexRegister, access.scale(), access.displacement());
    }

    private void load(Instruction instruction) {
        Memory address = address(instruction);
        if (instruction.result().kind().isFloatingPoint()) {
            ParallelMove.move(assembler, operandOrXmmScratch(instruction), address,
                    widthOf(instruction.result().kind()));
            storeResult(instruction, operandOrXmmScratch(instruction));
            return;
        }
        Register result = resultRegister(instruction);
        loadInto(result, instruction.result().kind(), instruction.memoryAccess(), address);
        storeResult(instruction, result);
    }

    private void loadInto(Register result, Kind kind, MemoryAccess access, Memory address) {
        Width to = widthOf(kind);
        switch (access.width()) {
            case 1 -> extend(access.signExtend() ? Mnemonic.MOVSX : Mnemonic.MOVZX, to, Width.BYTE, result, address);
            case 2 -> extend(access.signExtend() ? Mnemonic.MOVSX : Mnemonic.MOVZX, to, Width.WORD, result, address);
            case 4 -> {
                if (kind == Kind.LONG && access.signExtend()) {
                    assembler.emit(Mnemonic.MOVSXD, Width.QWORD, result, address);
                } else {
                    assembler.emit(Mnemonic.MOV, Width.DWORD, result, address);
                }
            }
            default -> assembler.emit(Mnemonic.MOV, Width.QWORD, result, address);
        }
    }

    private void store(Instruction instruction) {
        Value value = instruction.operand(instruction.operands().size() - 1);
        storeTo(address(instruction), instruction.memoryAccess().width(), value);
    }

    private void storeTo(Memory address, int width, Value value) {
        Width storeWidth = switch (width) {
            case 1 -> Width.BYTE;
            case 2 -> Width.WORD;
            case 4 -> Width.DWORD;
            default -> Width.QWORD;
        };
        Operand source = operand(value);
        if (source instanceof XmmRegister) {
            ParallelMove.move(assembler, address, source, storeWidth);
            return;
        }
        if (source instanceof Immediate immediate) {
            long bits = immediate.value();
            long truncated = switch (storeWidth) {
                case BYTE -> (byte) bits;
                case WORD -> (short) bits;
                case DWORD -> (int) bits;
                default -> bits;
            };
            if (truncated == (int) truncated) {
                assembler.emit(Mnemonic.MOV, storeWidth, address, Immediate.of(truncated));
                return;
            }
        }
        if (!(source instanceof Register)) {
            ParallelMove.move(assembler, Register.RAX, source, storeWidth);
            source = Register.RAX;
        }
        assembler.emit(Mnemonic.MOV, storeWidth, address, source);
    }

    /** The XMM register a FLOAT or DOUBLE result is computed in: its own, or XMM14 to be stored afterwards. */
    XmmRegister operandOrXmmScratch(Instruction instruction) {
        return operand(instruction.result()) instanceof XmmRegister register ? register : FrameLayout.XMM_SCRATCH;
    }

    // ---- calls ---------------------------------------------------------------------------------

    /** The allocatable registers holding values live after {@code instruction}, except its result. */
    private List<Operand> liveRegistersAcross(Instruction instruction) {
        BitSet live = (BitSet) liveness.liveAfter(instruction).clone();
        if (instruction.result() != null) {
            live.clear(instruction.result().number());
        }
        List<Operand> registers = new ArrayList<>();
        live.stream().forEach(number -> {
            Operand register = operand(function.registers().get(number));
            if (!(register instanceof Memory) && !registers.contains(register)) {
                registers.add(register);
            }
        });
        return registers;
    }

    /** Stores registers to their save slots, all 8 bytes (a FLOAT's upper half is don't-care). */
    private void save(List<Operand> registers) {
        for (Operand register : registers) {
            ParallelMove.move(assembler, Memory.of(Register.RBP, frame.saveOffset(register)), register, Width.QWORD);
        }
    }

    private void restore(List<Operand> registers) {
        for (Operand register : registers) {
            ParallelMove.move(assembler, register, Memory.of(Register.RBP, frame.saveOffset(register)), Width.QWORD);
        }
    }

    private void call(Instruction instruction) {
        List<Operand> saved = liveRegistersAcross(instruction);
        save(saved);
        List<Value> arguments = instruction.operands();
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
                moves.add(destinations.get(i).register(), operand(argument), widthOf(argument.kind()));
            }
        }
        moves.emit(assembler);
        assembler.call(instruction.symbol());
        if (stackArguments + padding / 8 > 0) {
            assembler.emit(Mnemonic.ADD, Width.QWORD, Register.RSP, Immediate.of(8L * stackArguments + padding));
        }
        if (instruction.result() != null) {
            storeResult(instruction, FrameLayout.resultRegister(instruction.result().kind()));
        }
        restore(saved);
    }

    /** Pushes one stack argument as an 8-byte slot. */
    private void push(Value argument) {
        Operand operand = source(argument, Register.R11);
        if (operand instanceof XmmRegister) {
            assembler.emit(Mnemonic.SUB, Width.QWORD, Register.RSP, Immediate.of(8));
            ParallelMove.move(assembler, Memory.of(Register.RSP, 0), operand, Width.QWORD);
        } else if (operand instanceof Memory || (operand instanceof Register && argument.kind() != Kind.INT)) {
            assembler.emit(Mnemonic.PUSH, Width.QWORD, operand);
        } else {
            ParallelMove.move(assembler, Register.RAX, operand, widthOf(argument.kind()));
            assembler.emit(Mnemonic.PUSH, Width.QWORD, Register.RAX);
        }
    }

    private void systemCall(Instruction instruction) {
        List<Operand> saved = liveRegistersAcross(instruction);
        save(saved);
        ParallelMove moves = new ParallelMove();
        List<Value> operands = instruction.operands();
        moves.add(Register.RAX, operand(operands.get(0)), Width.QWORD);
        for (int i = 1; i < operands.size(); i++) {
            moves.add(FrameLayout.SYSTEM_CALL_ARGUMENTS.get(i - 1), operand(operands.get(i)), Width.QWORD);
        }
        moves.emit(assembler);
        assembler.emit(Mnemonic.SYSCALL);
        if (instruction.result() != null) {
            storeResult(instruction, Register.RAX);
        }
        restore(saved);
    }

    /** JVMS 5.5: run the class's initializer on first active use; the flag is set by the initializer. */
    private void classInitialization(Instruction instruction) {
        String className = instruction.symbol();
        Label done = assembler.newLabel();
        Label slow = assembler.newLabel();
        assembler.emit(Mnemonic.CMP, Width.BYTE, Memory.rip(Symbols.initializedFlag(className), 0), Immediate.of(0));
        assembler.jump(Condition.EQUAL, slow);
        assembler.bind(done);
        List<Operand> saved = liveRegistersAcross(instruction);
        stubs.add(() -> {
            assembler.bind(slow);
            save(saved);
            assembler.call(Symbols.initializer(className));
            restore(saved);
            assembler.jump(done);
        });
    }

    // ---- checks ---------------------------------------------------------------------------------

    private void nullCheck(Instruction instruction) {
        if (nullPointerStub == null) {
            nullPointerStub = reportStub(RuntimeSupport.NULL_POINTER.symbol());
        }
        Operand value = operand(instruction.operand(0));
        if (value instanceof Immediate) {
            assembler.jump(nullPointerStub);
            return;
        }
        if (value instanceof Register register) {
            assembler.emit(Mnemonic.TEST, Width.QWORD, register, register);
        } else {
            assembler.emit(Mnemonic.CMP, Width.QWORD, value, Immediate.of(0));
        }
        assembler.jump(Condition.EQUAL, nullPointerStub);
    }

    private void zeroCheck(Instruction instruction) {
        if (divideByZeroStub == null) {
            divideByZeroStub = reportStub(RuntimeSupport.DIVIDE_BY_ZERO.symbol());
        }
        Value divisor = instruction.operand(0);
        Operand value = operand(divisor);
        if (value instanceof Immediate) {
            assembler.jump(divideByZeroStub);
            return;
        }
        Width width = widthOf(divisor.kind());
        if (value instanceof Register register) {
            assembler.emit(Mnemonic.TEST, width, register, register);
        } else {
            assembler.emit(Mnemonic.CMP, width, value, Immediate.of(0));
        }
        assembler.jump(Condition.EQUAL, divideByZeroStub);
    }

    /** Unsigned index >= length catches negative indexes too (one compare). */
    private void boundsCheck(Instruction instruction) {
        Value index = instruction.operand(0);
        Value length = instruction.operand(1);
        Label stub = assembler.newLabel();
        Operand indexOperand = operand(index);
        if (indexOperand instanceof Immediate) {
            Register lengthRegister = inRegister(length, Register.RAX);
            assembler.emit(Mnemonic.CMP, Width.DWORD, lengthRegister, indexOperand);
            assembler.jump(Condition.BELOW_OR_EQUAL, stub);
        } else {
            Register indexRegister = inRegister(index, Register.RAX);
            assembler.emit(Mnemonic.CMP, Width.DWORD, indexRegister, source(length, Register.R11));
            assembler.jump(Condition.ABOVE_OR_EQUAL, stub);
        }
        Operand indexSource = operand(index);
        Operand lengthSource = operand(length);
        stubs.add(() -> {
            assembler.bind(stub);
            ParallelMove moves = new ParallelMove();
            moves.add(FrameLayout.ARGUMENTS.get(0), indexSource, Width.DWORD);
            moves.add(FrameLayout.ARGUMENTS.get(1), lengthSource, Width.DWORD);
            moves.emit(assembler);
            assembler.call(RuntimeSupport.INDEX_OUT_OF_BOUNDS.symbol());
            assembler.emit(Mnemonic.UD2);
        });
    }

    /** A shared out-of-line call to a runtime report routine that does not return. */
    private Label reportStub(String symbol) {
        Label label = assembler.newLabel();
        stubs.add(() -> {
            assembler.bind(label);
            assembler.call(symbol);
            assembler.emit(Mnemonic.UD2);
        });
        return label;
    }

    // ---- control transfer ------------------------------------------------------------------------

    void jumpTo(Block target, Block next) {
        if (target != next) {
            assembler.jump(labels.get(target));
        }
    }

    private static Condition conditionOf(org.os2j.compiler.ir.Condition condition) {
        return switch (condition) {
            case EQUAL -> Condition.EQUAL;
            case NOT_EQUAL -> Condition.NOT_EQUAL;
            case LESS -> Condition.LESS;
            case GREATER_OR_EQUAL -> Condition.GREATER_OR_EQUAL;
            case GREATER -> Condition.GREATER;
            case LESS_OR_EQUAL -> Condition.LESS_OR_EQUAL;
            default -> throw new IllegalArgumentException("unordered condition on integers: " + condition);
        };
    }

    private void branch(Instruction instruction, Block next) {
        Value left = instruction.operand(0);
        Value right = instruction.operand(1);
        org.os2j.compiler.ir.Condition condition = instruction.condition();
        if (left instanceof Constant && !(right instanceof Constant)) {
            Value swap = left;
            left = right;
            right = swap;
            condition = condition.swapOperands();
        }
        Width width = widthOf(instruction.operationKind());
        Operand leftOperand = operand(left);
        Operand rightOperand = source(right, Register.R11);
        if (leftOperand instanceof Immediate) {
            leftOperand = inRegister(left, Register.RAX);
        }
        if (rightOperand instanceof Immediate immediate && immediate.value() == 0 && leftOperand instanceof Register r) {
            assembler.emit(Mnemonic.TEST, width, r, r);
        } else if (leftOperand instanceof Memory && rightOperand instanceof Memory) {
            assembler.emit(Mnemonic.CMP, width, inRegister(left, Register.RAX), rightOperand);
        } else {
            assembler.emit(Mnemonic.CMP, width, leftOperand, rightOperand);
        }
        Block taken = instruction.targets().get(0);
        Block notTaken = instruction.targets().get(1);
        if (taken == next) {
            assembler.jump(conditionOf(condition).negate(), labels.get(notTaken));
        } else {
            assembler.jump(conditionOf(condition), labels.get(taken));
            jumpTo(notTaken, next);
        }
    }

    /** A compare chain for now; jump tables for dense switches come with the optimizing backend. */
    private void switchOn(Instruction instruction, Block next) {
        Register key = inRegister(instruction.operand(0), Register.RAX);
        int[] keys = instruction.switchKeys();
        for (int i = 0; i < keys.length; i++) {
            assembler.emit(Mnemonic.CMP, Width.DWORD, key, Immediate.of(keys[i]));
            assembler.jump(Condition.EQUAL, labels.get(instruction.targets().get(i)));
        }
        jumpTo(instruction.targets().get(keys.length), next);
    }
}
