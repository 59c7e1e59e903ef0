package org.os2j.compiler.frontend;

import static org.objectweb.asm.Opcodes.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.util.Printer;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Condition;
import org.os2j.compiler.ir.Constant;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Kind;
import org.os2j.compiler.ir.MemoryAccess;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;
import org.os2j.compiler.world.MethodReference;
import org.os2j.compiler.world.UseSite;

/**
 * Pipeline step 5a: one method's bytecode to IR (JVMS chapter 6 gives each instruction's meaning).
 *
 * <p>Blocks start at branch targets and after branches. ASM's {@link Analyzer} supplies the kinds
 * on the operand stack at every block entry. Within a block the operand stack is symbolic
 * ({@link OperandStack}); at block exits it is copied into one register per (depth, kind), which is
 * where every successor expects it. Each JVM local slot and kind gets one register. Implicit
 * checks (null, bounds, zero divisor) become explicit instructions so later passes can remove them.
 *
 * <p>Requires: verified bytecode without subroutines. Guarantees: a function the
 * {@link org.os2j.compiler.ir.IrVerifier} accepts; anything not supported yet is a
 * {@link CompileError} naming the construct and its use site.
 */
public final class BytecodeTranslator {
    private final TranslationContext context;
    private final ClassNode owner;
    private final MethodNode method;
    private final Function function;
    private final Map<Long, VirtualRegister> localRegisters = new HashMap<>();
    private final Map<Long, VirtualRegister> stackRegisters = new HashMap<>();
    private final Set<VirtualRegister> stackRegisterSet = new HashSet<>();
    private final Set<Value> knownNonNull = new HashSet<>();
    private final Set<String> initializedInBlock = new HashSet<>();
    private final OperandStack stack = new OperandStack();
    private final Map<Integer, Block> blockAt = new HashMap<>();
    private final InstructionSemantics semantics;
    private Frame<BasicValue>[] frames;
    private Block current;
    private AbstractInsnNode currentInstruction;
    private int line;
    private VirtualRegister thisRegister;

    private BytecodeTranslator(TranslationContext context, ClassNode owner, MethodNode method) {
        this.context = context;
        this.owner = owner;
        this.method = method;
        MethodReference reference = new MethodReference(owner.name, method.name, method.desc);
        this.function = new Function(reference.symbol(), reference.displayName(), owner.sourceFile,
                Kind.of(Type.getReturnType(method.desc)));
        this.semantics = new InstructionSemantics(this);
    }

    public static Function translate(TranslationContext context, ClassNode owner, MethodNode method)
            throws CompileError {
        BytecodeTranslator translator = new BytecodeTranslator(context, owner, method);
        translator.run();
        return translator.function;
    }

    private void run() throws CompileError {
        if (method.tryCatchBlocks != null && !method.tryCatchBlocks.isEmpty()) {
            currentInstruction = method.tryCatchBlocks.get(0).handler;
            throw unsupported("exception handlers (try/catch/finally)");
        }
        try {
            frames = new Analyzer<>(new BasicInterpreter()).analyze(owner.name, method);
        } catch (AnalyzerException e) {
            throw new CompileError("bytecode of " + function.displayName() + " does not verify: " + e.getMessage());
        }
        addParameters();
        InsnList instructions = method.instructions;
        boolean[] leaders = findLeaders(instructions);
        for (int i = 0; i < instructions.size(); i++) {
            if (leaders[i] && frames[i] != null) {
                blockAt.put(i, function.newBlock());
            }
        }
        for (int i = 0; i < instructions.size(); i++) {
            AbstractInsnNode instruction = instructions.get(i);
            currentInstruction = instruction;
            if (leaders[i]) {
                startBlock(i);
            }
            if (instruction instanceof LineNumberNode lineNumber) {
                line = lineNumber.line;
                continue;
            }
            if (instruction.getOpcode() < 0 || current == null || frames[i] == null || current.isTerminated()) {
                continue;
            }
            semantics.translate(instruction, i);
        }
        if (current != null && !current.isTerminated()) {
            throw new CompileError("control falls off the end of " + function.displayName());
        }
    }

    private void addParameters() {
        int slot = 0;
        if ((method.access & ACC_STATIC) == 0) {
            thisRegister = function.addParameter(Kind.REFERENCE, "this");
            localRegisters.put(key(0, Kind.REFERENCE), thisRegister);
            if (!storesToSlotZero()) {
                knownNonNull.add(thisRegister);
            }
            slot = 1;
        }
        for (Type argument : Type.getArgumentTypes(method.desc)) {
            Kind kind = Kind.of(argument);
            localRegisters.put(key(slot, kind), function.addParameter(kind, "local" + slot));
            slot += argument.getSize();
        }
    }

    private boolean storesToSlotZero() {
        for (AbstractInsnNode instruction : method.instructions) {
            if (instruction instanceof VarInsnNode variable && variable.var == 0 && variable.getOpcode() >= ISTORE
                    && variable.getOpcode() <= ASTORE) {
                return true;
            }
        }
        return false;
    }

    private boolean[] findLeaders(InsnList instructions) {
        boolean[] leaders = new boolean[instructions.size() + 1];
        leaders[0] = true;
        for (int i = 0; i < instructions.size(); i++) {
            AbstractInsnNode instruction = instructions.get(i);
            if (instruction instanceof JumpInsnNode jump) {
                leaders[instructions.indexOf(jump.label)] = true;
                leaders[i + 1] = true;
            } else if (instruction instanceof TableSwitchInsnNode table) {
                leaders[instructions.indexOf(table.dflt)] = true;
                table.labels.forEach(label -> leaders[instructions.indexOf(label)] = true);
                leaders[i + 1] = true;
            } else if (instruction instanceof LookupSwitchInsnNode lookup) {
                leaders[instructions.indexOf(lookup.dflt)] = true;
                lookup.labels.forEach(label -> leaders[instructions.indexOf(label)] = true);
                leaders[i + 1] = true;
            } else {
                int opcode = instruction.getOpcode();
                if ((opcode >= IRETURN && opcode <= RETURN) || opcode == ATHROW) {
                    leaders[i + 1] = true;
                }
            }
        }
        return leaders;
    }

    private void startBlock(int index) {
        Block next = blockAt.get(index);
        if (current != null && !current.isTerminated() && next != null) {
            flushStack();
            emit(new Instruction(Opcode.JUMP, null, null).withTargets(next));
        }
        current = next;
        initializedInBlock.clear();
        stack.clear();
        if (next != null) {
            Frame<BasicValue> frame = frames[index];
            for (int depth = 0; depth < frame.getStackSize(); depth++) {
                stack.push(stackRegister(depth, kindOf(frame.getStack(depth))));
            }
        }
    }

    private static Kind kindOf(BasicValue value) {
        if (value == BasicValue.INT_VALUE) return Kind.INT;
        if (value == BasicValue.LONG_VALUE) return Kind.LONG;
        if (value == BasicValue.FLOAT_VALUE) return Kind.FLOAT;
        if (value == BasicValue.DOUBLE_VALUE) return Kind.DOUBLE;
        return Kind.REFERENCE;
    }

    // ---- services for InstructionSemantics -------------------------------------------------

    TranslationContext context() { return context; }
    ClassNode owner() { return owner; }
    MethodNode method() { return method; }
    Function function() { return function; }
    OperandStack stack() { return stack; }
    Set<Value> knownNonNull() { return knownNonNull; }
    Set<String> initializedInBlock() { return initializedInBlock; }
    Block current() { return current; }

    UseSite site() {
        return new UseSite(owner, method, currentInstruction);
    }

    Block blockAtLabel(LabelNode label) {
        return blockAt.get(method.instructions.indexOf(label));
    }

    Block blockAfter(int index) {
        return blockAt.get(index + 1);
    }

    CompileError unsupported(String construct) {
        String opcode = currentInstruction != null && currentInstruction.getOpcode() >= 0
                ? " (" + Printer.OPCODES[currentInstruction.getOpcode()].toLowerCase() + ")" : "";
        return new CompileError(construct + opcode + " is not supported yet, used in " + site().describe());
    }

    Instruction emit(Instruction instruction) {
        instruction.withLine(line);
        current.add(instruction);
        return instruction;
    }

    VirtualRegister temporary(Kind kind) {
        return function.newRegister(kind, null);
    }

    private static long key(int index, Kind kind) {
        return ((long) index << 3) | kind.ordinal();
    }

    VirtualRegister localRegister(int slot, Kind kind) {
        return localRegisters.computeIfAbsent(key(slot, kind), k -> function.newRegister(kind, "local" + slot));
    }

    private VirtualRegister stackRegister(int depth, Kind kind) {
        return stackRegisters.computeIfAbsent(key(depth, kind), k -> {
            VirtualRegister register = function.newRegister(kind, "stack" + depth);
            stackRegisterSet.add(register);
            return register;
        });
    }

    /** Before a local slot is overwritten: stack entries that still read its old value get copies. */
    void preserveLocal(int slot) {
        for (int depth = 0; depth < stack.size(); depth++) {
            Value value = stack.get(depth);
            for (Kind kind : Kind.values()) {
                if (value == localRegisters.get(key(slot, kind))) {
                    VirtualRegister copy = temporary(kind);
                    emit(new Instruction(Opcode.MOVE, copy, kind, value));
                    stack.set(depth, copy);
                }
            }
        }
    }

    /** Stores {@code value} into a local, reusing the instruction that computed it when possible. */
    void storeLocal(int slot, Value value) {
        preserveLocal(slot);
        VirtualRegister target = localRegister(slot, value.kind());
        if (value == target) {
            return;
        }
        Instruction last = current.terminator();
        if (value instanceof VirtualRegister register && last != null && last.result() == register
                && !stackRegisterSet.contains(register) && !localRegisters.containsValue(register)
                && !stack.contains(register) && register != thisRegister) {
            last.setResult(target);
            knownNonNull.remove(target);
            return;
        }
        knownNonNull.remove(target);
        emit(new Instruction(Opcode.MOVE, target, value.kind(), value));
    }

    /**
     * Makes {@code operands} safe from the stack flush (copies any that a flush would overwrite),
     * then copies the symbolic stack into the per-depth registers successors expect.
     */
    Value[] flushStack(Value... operands) {
        for (int i = 0; i < operands.length; i++) {
            if (operands[i] instanceof VirtualRegister register && stackRegisterSet.contains(register)) {
                VirtualRegister copy = temporary(register.kind());
                emit(new Instruction(Opcode.MOVE, copy, register.kind(), register));
                operands[i] = copy;
            }
        }
        for (int depth = 0; depth < stack.size(); depth++) {
            Value value = stack.get(depth);
            if (value instanceof VirtualRegister register && stackRegisterSet.contains(register)
                    && register != stackRegister(depth, register.kind())) {
                VirtualRegister copy = temporary(register.kind());
                emit(new Instruction(Opcode.MOVE, copy, register.kind(), register));
                stack.set(depth, copy);
            }
        }
        for (int depth = 0; depth < stack.size(); depth++) {
            Value value = stack.get(depth);
            VirtualRegister target = stackRegister(depth, value.kind());
            if (value != target) {
                emit(new Instruction(Opcode.MOVE, target, value.kind(), value));
            }
        }
        return operands;
    }

    /** Emits an implicit null check unless {@code value} is known non-null. */
    void nullCheck(Value value) {
        if (!knownNonNull.contains(value)) {
            emit(new Instruction(Opcode.NULL_CHECK, null, Kind.REFERENCE, value));
        }
    }

    /** Ends the block with a two-way branch, after copying the stack for the successors. */
    void branch(Condition condition, Kind kind, Value left, Value right, Block taken, Block fallThrough) {
        Value[] operands = flushStack(left, right);
        emit(new Instruction(Opcode.BRANCH, null, kind, operands[0], operands[1]).withCondition(condition)
                .withTargets(taken, fallThrough));
    }

    static MemoryAccess access(Type type, long displacement) {
        return switch (type.getSort()) {
            case Type.BOOLEAN -> MemoryAccess.field(1, false, displacement);
            case Type.BYTE -> MemoryAccess.field(1, true, displacement);
            case Type.CHAR -> MemoryAccess.field(2, false, displacement);
            case Type.SHORT -> MemoryAccess.field(2, true, displacement);
            case Type.INT, Type.FLOAT -> MemoryAccess.field(4, true, displacement);
            default -> MemoryAccess.field(8, true, displacement);
        };
    }

    static Constant zeroOf(Kind kind) {
        return kind == Kind.REFERENCE ? Constant.nullReference() : new Constant(kind, 0);
    }
}
