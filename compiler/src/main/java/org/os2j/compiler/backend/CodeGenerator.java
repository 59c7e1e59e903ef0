package org.os2j.compiler.backend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Constant;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.InlinedCall;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Kind;
import org.os2j.compiler.ir.MemoryAccess;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;
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
import org.os2j.runtime.StackLayout;

/**
 * Pipeline step 5b: x86-64 machine code for one function, after liveness and linear-scan
 * allocation. Each IR instruction is selected into a short instruction sequence over the allocated
 * locations, using RAX, RCX, RDX, R11, XMM14 and XMM15 as scratch ({@link FrameLayout}). This class
 * holds the operand helpers, the memory and control-transfer selections; the other groups are
 * {@link IntegerSelection}, {@link FloatingPointSelection}, {@link CallSelection} (calls save exactly the registers live
 * across them) and {@link CheckSelection} (checks branch to out-of-line report stubs at the end of
 * the function: the uncaught path; unwinding comes later).
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
    private final FloatingPointSelection floatingPoint = new FloatingPointSelection(this);
    private final IntegerSelection integers = new IntegerSelection(this);
    private final CheckSelection checks = new CheckSelection(this);
    private final CallSelection calls;
    /** The exception target of the block being selected, or null. */
    private Block exceptionTarget;
    /** The blocks from which every path throws (ir/Cfg.blocksThatOnlyFail): code kept small there. */
    private java.util.Set<Block> coldBlocks;
    private boolean inColdBlock;
    /**
     * The registers whose save slot (FrameLayout) holds their value: restored after this block's
     * last call and not written since, so the next call need not save them again. Emptied at every
     * block start (another path may enter with other values) and by anything that may write
     * registers other than its result (a CPU instruction, a class initialization's slow path).
     */
    private final java.util.Set<Operand> unchangedSinceSaved = new java.util.HashSet<>();
    /**
     * Call sites in emission order: the return label, the landing-pad label (or null), the line,
     * the stack map, the inlined call (or null).
     */
    private final List<Object[]> callSites = new ArrayList<>();

    private CodeGenerator(Function function, boolean checkAllocation) {
        this.function = function;
        this.liveness = new Liveness(function);
        this.locations = LinearScanAllocator.allocate(function, liveness, frame);
        if (checkAllocation) {
            AllocationChecker.check(function, liveness, locations);
        }
        this.calls = new CallSelection(this, liveness, frame);
        calls.reserveSaveSlots();
    }

    /** The machine code of {@code function}; {@code checkAllocation} also runs {@link AllocationChecker}. */
    public static CompiledMethod generate(Function function, boolean checkAllocation) {
        CodeGenerator generator = new CodeGenerator(function, checkAllocation);
        AssembledCode code = generator.run();
        List<CompiledMethod.CallSite> sites = new ArrayList<>();
        for (Object[] site : generator.callSites) {
            Label landing = (Label) site[1];
            sites.add(new CompiledMethod.CallSite(generator.assembler.offsetOf((Label) site[0]),
                    landing == null ? -1 : generator.assembler.offsetOf(landing), (Integer) site[2], (int[]) site[3],
                    (InlinedCall) site[4]));
        }
        sites.sort(java.util.Comparator.comparingInt(CompiledMethod.CallSite::returnOffset));
        return new CompiledMethod(code, sites);
    }

    /**
     * Records the call just emitted: its return address, its line, and, inside a try block, a
     * landing pad for the unwinder (runtime/unwind/Unwinder) that resets RSP from RBP, reloads the
     * registers {@code saved} around the call and goes to the block's exception target.
     */
    void recordCall(int line, List<Operand> saved, Block target) {
        recordCall(line, null, saved, target, new int[0]);
    }

    /**
     * As {@link #recordCall(int, List, Block)}, at the source position of {@code at} (its line and
     * inlined call), with the call's stack map (see {@link #referenceSlots}).
     */
    void recordCall(Instruction at, List<Operand> saved, Block target, int[] referenceSlots) {
        recordCall(at.line(), at.inlinedCall(), saved, target, referenceSlots);
    }

    private void recordCall(int line, InlinedCall inlinedCall, List<Operand> saved, Block target, int[] referenceSlots) {
        Label returned = assembler.newLabel();
        assembler.bind(returned);
        Label landing = null;
        if (target != null) {
            Label pad = assembler.newLabel();
            landing = pad;
            addStub(() -> {
                assembler.bind(pad);
                assembler.emit(Mnemonic.LEA, Width.QWORD, Register.RSP, Memory.of(Register.RBP, -frame.frameSize()));
                this.calls.restore(saved);
                assembler.jump(labels.get(target));
            });
        }
        callSites.add(new Object[] {returned, landing, line, referenceSlots, inlinedCall});
    }

    /**
     * The stack map of a call: the RBP offsets of the frame slots that hold the references live
     * across {@code instruction} while it runs: the save slot of a register (saved around every
     * call, FrameLayout) or the spill slot of a spilled value. Sorted, without duplicates.
     */
    int[] referenceSlots(Instruction instruction) {
        java.util.BitSet live = (java.util.BitSet) liveness.liveAfter(instruction).clone();
        if (instruction.result() != null) {
            live.clear(instruction.result().number());
        }
        java.util.TreeSet<Integer> slots = new java.util.TreeSet<>();
        live.stream().forEach(number -> {
            VirtualRegister register = function.registers().get(number);
            if (register.kind() != Kind.REFERENCE) {
                return;
            }
            Location location = locations[number];
            if (location instanceof Location.InRegister inRegister) {
                slots.add(frame.saveOffset(inRegister.register()));
            } else if (location instanceof Location.InSlot slot) {
                slots.add(frame.spillOffset(slot.index()));
            }
        });
        return slots.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The exception target of the block being selected (where its throwing instruction's landing pad leads), or null. */
    /** Whether the instruction being selected is in a block from which every path throws. */
    boolean inColdBlock() {
        return inColdBlock;
    }

    Block exceptionTarget() {
        return exceptionTarget;
    }

    CallSelection calls() {
        return calls;
    }

    private AssembledCode run() {
        for (Block block : function.blocks()) {
            labels.put(block, assembler.newLabel());
        }
        coldBlocks = org.os2j.compiler.ir.Cfg.blocksThatOnlyFail(function);
        prologue();
        List<Block> blocks = function.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            assembler.bind(labels.get(block));
            exceptionTarget = block.terminator().exceptionTarget();
            inColdBlock = coldBlocks.contains(block);
            unchangedSinceSaved.clear();
            for (Instruction instruction : block.instructions()) {
                select(instruction, next);
                trackSavedRegisters(instruction);
            }
        }
        for (int i = 0; i < stubs.size(); i++) {
            stubs.get(i).run();
        }
        return assembler.finish();
    }

    /** Updates {@link #unchangedSinceSaved} after {@code instruction}'s code. */
    private void trackSavedRegisters(Instruction instruction) {
        switch (instruction.opcode()) {
            // Every register is clobbered; the saved ones were reloaded from their slots.
            case CALL, CALL_INDIRECT, CATCH, SYSTEM_CALL -> {
                unchangedSinceSaved.clear();
                unchangedSinceSaved.addAll(calls.lastRestored());
            }
            default -> {
                if (instruction.opcode().isCall || instruction.opcode() == Opcode.CPU) {
                    unchangedSinceSaved.clear();
                }
            }
        }
        if (instruction.result() != null && (location(instruction.result()) instanceof Location.InRegister
                || location(instruction.result()) instanceof Location.InXmmRegister)) {
            unchangedSinceSaved.remove(operand(instruction.result()));
        }
    }

    /** The registers of {@code registers} whose save slot does not already hold their value. */
    List<Operand> changedSinceSaved(List<Operand> registers) {
        return registers.stream().filter(register -> !unchangedSinceSaved.contains(register)).toList();
    }

    private void prologue() {
        assembler.emit(Mnemonic.PUSH, Width.QWORD, Register.RBP);
        assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RBP, Register.RSP);
        if (frame.frameSize() > 0) {
            assembler.emit(Mnemonic.SUB, Width.QWORD, Register.RSP, Immediate.of(frame.frameSize()));
        }
        if (makesCalls() || frame.frameSize() > StackLayout.UNPROBED_FRAME_LIMIT) {
            probeStack();
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

    /**
     * The stack probes (runtime StackLayout): a store PROBE_DISTANCE bytes below the new frame, after
     * stores every PROBE_STEP bytes through a frame larger than a page, so none skips the red
     * zone. Each is a pseudo call site with the method's first line: where a probe faults in the
     * yellow zone, the method continues as if it had called StackOverflows.raise there.
     */
    private void probeStack() {
        int line = firstLine();
        for (long offset = frame.frameSize() - StackLayout.PROBE_STEP; offset > 0; offset -= StackLayout.PROBE_STEP) {
            probe(offset - StackLayout.PROBE_DISTANCE, line);
        }
        probe(-StackLayout.PROBE_DISTANCE, line);
    }

    private void probe(long offset, int line) {
        assembler.emit(Mnemonic.MOV, Width.DWORD, Memory.of(Register.RSP, offset), Register.RAX);
        recordCall(line, List.of(), null);
    }

    private boolean makesCalls() {
        for (Block block : function.blocks()) {
            for (Instruction instruction : block.instructions()) {
                if (instruction.opcode().isCall) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The source line of the method's first instruction that has one (a StackOverflowError's top
     * frame): for code inlined there, the line of the call in this method.
     */
    private int firstLine() {
        for (Block block : function.blocks()) {
            for (Instruction instruction : block.instructions()) {
                int line = instruction.inlinedCall() == null ? instruction.line()
                        : instruction.inlinedCall().outermostLine();
                if (line > 0) {
                    return line;
                }
            }
        }
        return 0;
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

    Function function() {
        return function;
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
        if (!(location instanceof Location.InSlot slot)) {
            throw new IllegalStateException(value + " has no location in " + function.symbol());
        }
        return Memory.of(Register.RBP, frame.spillOffset(slot.index()));
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
    Operand source(Value value, Register scratch) {
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
        if (floatingPoint.select(instruction, next) || integers.select(instruction)) {
            return;
        }
        switch (instruction.opcode()) {
            case MOVE, REINTERPRET -> {
                Value source = instruction.operand(0);
                Operand destination = operand(instruction.result());
                Width width = widthOf(instruction.result().kind());
                ParallelMove.move(assembler, destination, operand(source), width);
            }
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
            case CALL, CALL_INDIRECT, CATCH -> calls.call(instruction);
            case SYSTEM_CALL -> calls.systemCall(instruction);
            case CLASS_INIT -> calls.classInitialization(instruction);
            case NULL_CHECK -> checks.nullCheck(instruction);
            case BOUNDS_CHECK -> checks.boundsCheck(instruction);
            case ZERO_CHECK -> checks.zeroCheck(instruction);
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
            case CPU -> CpuSelection.select(this, instruction);
            case PORT_IN -> {
                ParallelMove.move(assembler, Register.RDX, operand(instruction.operand(0)), Width.DWORD);
                assembler.emit(Mnemonic.IN, Width.BYTE, Register.RAX, Register.RDX);
                assembler.emit(Mnemonic.MOVZX, Width.BYTE, Register.RAX, Register.RAX);
                storeResult(instruction, Register.RAX);
            }
            case PORT_OUT -> {
                ParallelMove.move(assembler, Register.RDX, operand(instruction.operand(0)), Width.DWORD);
                ParallelMove.move(assembler, Register.RAX, operand(instruction.operand(1)), Width.DWORD);
                assembler.emit(Mnemonic.OUT, Width.BYTE, Register.RDX, Register.RAX);
            }
            case FRAME_POINTER -> {
                Register result = resultRegister(instruction);
                assembler.emit(Mnemonic.MOV, Width.QWORD, result, Register.RBP);
                storeResult(instruction, result);
            }
            case RESUME -> {
                // Read both operands before RBP changes: they may live in this frame.
                ParallelMove.move(assembler, Register.RAX, operand(instruction.operand(1)), Width.QWORD);
                ParallelMove.move(assembler, Register.R11, operand(instruction.operand(0)), Width.QWORD);
                assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RBP, Register.R11);
                assembler.jumpIndirect(Register.RAX);
            }
            default -> throw new IllegalStateException("no selection for " + instruction);
        }
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

    /** Stores a value's low {@code width} bytes to memory, through RAX when it is not in a register. */
    void storeTo(Memory address, int width, Value value) {
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

    /** Fewest cases for a jump table; below it a compare chain is as fast and smaller. */
    private static final int JUMP_TABLE_MINIMUM_CASES = 4;
    /** A jump table may have at most this many entries per case (the others go to the default). */
    private static final int JUMP_TABLE_MAXIMUM_SPREAD = 3;

    /**
     * A jump table when the keys are dense (tableswitch, and lookupswitch over a narrow range),
     * otherwise a compare chain. The table holds 32-bit offsets of the targets from the table
     * itself, placed after the function body, so the code stays position-independent.
     */
    private void switchOn(Instruction instruction, Block next) {
        int[] keys = instruction.switchKeys();
        Block defaultTarget = instruction.targets().get(keys.length);
        long minimum = Long.MAX_VALUE;
        long maximum = Long.MIN_VALUE;
        for (int key : keys) {
            minimum = Math.min(minimum, key);
            maximum = Math.max(maximum, key);
        }
        long entries = maximum - minimum + 1;
        if (keys.length < JUMP_TABLE_MINIMUM_CASES || entries > (long) JUMP_TABLE_MAXIMUM_SPREAD * keys.length) {
            Register key = inRegister(instruction.operand(0), Register.RAX);
            for (int i = 0; i < keys.length; i++) {
                assembler.emit(Mnemonic.CMP, Width.DWORD, key, Immediate.of(keys[i]));
                assembler.jump(Condition.EQUAL, labels.get(instruction.targets().get(i)));
            }
            jumpTo(defaultTarget, next);
            return;
        }
        // index = key - minimum as an unsigned 32-bit value: keys below the minimum wrap to large ones.
        ParallelMove.move(assembler, Register.RAX, operand(instruction.operand(0)), Width.DWORD);
        if (minimum != 0) {
            assembler.emit(Mnemonic.SUB, Width.DWORD, Register.RAX, Immediate.of((int) minimum));
        }
        assembler.emit(Mnemonic.CMP, Width.DWORD, Register.RAX, Immediate.of((int) (entries - 1)));
        assembler.jump(Condition.ABOVE, labels.get(defaultTarget));
        Label table = assembler.newLabel();
        assembler.emit(Mnemonic.LEA, Width.QWORD, Register.R11, Memory.rip(table, 0));
        assembler.emit(Mnemonic.MOVSXD, Width.QWORD, Register.RAX, Memory.of(Register.R11, Register.RAX, 4, 0));
        assembler.emit(Mnemonic.ADD, Width.QWORD, Register.RAX, Register.R11);
        assembler.jumpIndirect(Register.RAX);
        Label[] targets = new Label[(int) entries];
        java.util.Arrays.fill(targets, labels.get(defaultTarget));
        for (int i = 0; i < keys.length; i++) {
            targets[(int) (keys[i] - minimum)] = labels.get(instruction.targets().get(i));
        }
        stubs.add(() -> {
            assembler.align(4);
            assembler.bind(table);
            for (Label target : targets) {
                assembler.emitLabelOffset32(target, table);
            }
        });
    }
}
