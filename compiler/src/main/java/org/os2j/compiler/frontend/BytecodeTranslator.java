package org.os2j.compiler.frontend;

import static org.objectweb.asm.Opcodes.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
import org.objectweb.asm.tree.TryCatchBlockNode;
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
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;
import org.os2j.compiler.world.MethodReference;
import org.os2j.compiler.world.UseSite;

/**
 * Pipeline step 5a: one method's bytecode to IR in SSA form (JVMS chapter 6 gives each
 * instruction's meaning).
 *
 * <p>Blocks start at branch targets and after branches; a separate entry block defines the
 * parameters and jumps to the first, which a loop may branch back to. ASM's {@link Analyzer}
 * supplies the kinds on the operand stack at every block entry. Within a block the operand stack
 * is symbolic ({@link OperandStack}): nothing is emitted for loads, stores and stack shuffles.
 * Across blocks, JVM locals and stack entries are variables that {@link SsaBuilder} turns into
 * block parameters where control flow merges. Implicit checks (null, bounds, zero divisor) become
 * explicit instructions so later passes can remove them.
 *
 * <p>Requires: verified bytecode without subroutines. Guarantees: a function in SSA form the
 * {@link org.os2j.compiler.ir.IrVerifier} accepts; anything not supported yet is a
 * {@link CompileError} naming the construct and its use site.
 */
public final class BytecodeTranslator {
    private final TranslationContext context;
    private final ClassNode owner;
    private final MethodNode method;
    private final Function function;
    private final SsaBuilder ssa;
    private final Set<Value> knownNonNull = new HashSet<>();
    private final OperandStack stack = new OperandStack();
    private final Map<Integer, Block> blockAt = new HashMap<>();
    /** Per block, how many edges into it from bytecode not yet translated: sealed at zero. */
    private final Map<Block, Integer> pendingPredecessors = new HashMap<>();
    private final InstructionSemantics semantics;
    private final NullPointerMessages nullPointerMessages;
    private Frame<BasicValue>[] frames;
    private ExceptionHandlers handlers;
    private Block current;
    private AbstractInsnNode currentInstruction;
    /** The index of the bytecode instruction being translated, -1 outside the method's code. */
    private int currentIndex = -1;
    private int line;

    private BytecodeTranslator(TranslationContext context, ClassNode owner, MethodNode method) {
        this.context = context;
        this.owner = owner;
        this.method = method;
        MethodReference reference = new MethodReference(owner.name, method.name, method.desc);
        this.function = new Function(reference.symbol(), reference.displayName(), owner.sourceFile,
                Kind.of(Type.getReturnType(method.desc)));
        this.ssa = new SsaBuilder(function);
        this.semantics = new InstructionSemantics(this);
        this.nullPointerMessages = new NullPointerMessages(owner, method);
    }

    private static final String NEVER_INLINE = "Lorg/os2j/runtime/annotation/NeverInline;";

    public static Function translate(TranslationContext context, ClassNode owner, MethodNode method)
            throws CompileError {
        BytecodeTranslator translator = new BytecodeTranslator(context, owner, method);
        translator.run();
        if (method.invisibleAnnotations != null && method.invisibleAnnotations.stream()
                .anyMatch(annotation -> annotation.desc.equals(NEVER_INLINE))) {
            translator.function.setNeverInline();
        }
        return translator.function;
    }

    /**
     * The verifier's value kinds, also accepting the class literals of primitive types that
     * classes/PrimitiveClassLiterals writes (int.class for Integer.TYPE), which class files cannot hold.
     */
    private static final class ClassLiteralInterpreter extends BasicInterpreter {
        ClassLiteralInterpreter() {
            super(org.objectweb.asm.Opcodes.ASM9);
        }

        @Override
        public org.objectweb.asm.tree.analysis.BasicValue newOperation(AbstractInsnNode instruction)
                throws AnalyzerException {
            if (instruction instanceof org.objectweb.asm.tree.LdcInsnNode constant
                    && constant.cst instanceof org.objectweb.asm.Type type && type.getSort() < org.objectweb.asm.Type.ARRAY) {
                return org.objectweb.asm.tree.analysis.BasicValue.REFERENCE_VALUE;
            }
            return super.newOperation(instruction);
        }
    }

    private void run() throws CompileError {
        try {
            frames = new Analyzer<>(new ClassLiteralInterpreter()).analyze(owner.name, method);
        } catch (AnalyzerException e) {
            throw new CompileError("bytecode of " + function.displayName() + " does not verify: " + e.getMessage());
        }
        InsnList instructions = method.instructions;
        boolean[] leaders = findLeaders(instructions);
        current = function.newBlock();
        ssa.seal(current);
        addParameters();
        for (int i = 0; i < instructions.size(); i++) {
            if (leaders[i] && frames[i] != null) {
                Block block = function.newBlock();
                blockAt.put(i, block);
                pendingPredecessors.put(block, 0);
            }
        }
        countPredecessors(instructions, leaders);
        handlers = new ExceptionHandlers(method, function);
        for (int i = 0; i < instructions.size(); i++) {
            AbstractInsnNode instruction = instructions.get(i);
            currentInstruction = instruction;
            currentIndex = i;
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
        currentIndex = -1; // The dispatch code is covered by no handler.
        for (ExceptionHandlers.Dispatch dispatch : handlers.dispatches()) {
            fillDispatch(dispatch);
        }
        ssa.finish();
    }

    private void addParameters() {
        int slot = 0;
        if ((method.access & ACC_STATIC) == 0) {
            VirtualRegister receiver = function.addParameter(Kind.REFERENCE, "this");
            ssa.write(SsaBuilder.local(0, Kind.REFERENCE), current, receiver);
            knownNonNull.add(receiver); // The value of "this"; a store to local 0 makes a new value.
            slot = 1;
        }
        for (Type argument : Type.getArgumentTypes(method.desc)) {
            Kind kind = Kind.of(argument);
            ssa.write(SsaBuilder.local(slot, kind), current, function.addParameter(kind, "local" + slot));
            slot += argument.getSize();
        }
    }

    private boolean[] findLeaders(InsnList instructions) {
        boolean[] leaders = new boolean[instructions.size() + 1];
        leaders[0] = true;
        for (TryCatchBlockNode handler : method.tryCatchBlocks) {
            leaders[instructions.indexOf(handler.handler)] = true;
        }
        for (int i = 0; i < instructions.size(); i++) {
            AbstractInsnNode instruction = instructions.get(i);
            for (LabelNode label : jumpTargets(instruction)) {
                leaders[instructions.indexOf(label)] = true;
            }
            if (instruction instanceof JumpInsnNode || instruction instanceof TableSwitchInsnNode
                    || instruction instanceof LookupSwitchInsnNode || endsFlow(instruction.getOpcode())) {
                leaders[i + 1] = true;
            }
        }
        return leaders;
    }

    private static List<LabelNode> jumpTargets(AbstractInsnNode instruction) {
        if (instruction instanceof JumpInsnNode jump) {
            return List.of(jump.label);
        }
        if (instruction instanceof TableSwitchInsnNode table) {
            List<LabelNode> labels = new java.util.ArrayList<>(table.labels);
            labels.add(table.dflt);
            return labels;
        }
        if (instruction instanceof LookupSwitchInsnNode lookup) {
            List<LabelNode> labels = new java.util.ArrayList<>(lookup.labels);
            labels.add(lookup.dflt);
            return labels;
        }
        return List.of();
    }

    /** Whether control never continues to the next instruction (returns, athrow, goto). */
    private static boolean endsFlow(int opcode) {
        return (opcode >= IRETURN && opcode <= RETURN) || opcode == ATHROW || opcode == GOTO;
    }

    /**
     * Counts, per block, the edges into it from translatable bytecode: jump and switch targets,
     * and falling into the next block. The count can only exceed the edges translation makes (a
     * block may end early, before a call that never returns), so sealing at zero is safe;
     * {@link SsaBuilder#finish} seals the rest.
     */
    private void countPredecessors(InsnList instructions, boolean[] leaders) {
        pendingPredecessors.merge(blockAt.get(0), 1, Integer::sum); // From the entry block.
        for (TryCatchBlockNode handler : method.tryCatchBlocks) {
            // Exception dispatch code is made at the end: handler blocks are sealed then (SsaBuilder.finish).
            pendingPredecessors.put(blockAt.get(instructions.indexOf(handler.handler)), Integer.MAX_VALUE / 2);
        }
        boolean reachable = false;
        for (int i = 0; i < instructions.size(); i++) {
            if (leaders[i] && i > 0 && reachable && blockAt.containsKey(i)) {
                pendingPredecessors.merge(blockAt.get(i), 1, Integer::sum); // Falling through.
            }
            AbstractInsnNode instruction = instructions.get(i);
            if (instruction.getOpcode() < 0) {
                continue; // Labels, line numbers and frames do not change whether control gets here.
            }
            if (frames[i] == null) {
                reachable = false;
                continue;
            }
            for (LabelNode label : jumpTargets(instruction)) {
                pendingPredecessors.merge(blockAt.get(instructions.indexOf(label)), 1, Integer::sum);
            }
            reachable = !endsFlow(instruction.getOpcode()) && !(instruction instanceof TableSwitchInsnNode)
                    && !(instruction instanceof LookupSwitchInsnNode);
        }
    }

    private void startBlock(int index) {
        Block next = blockAt.get(index);
        if (next != null && handlers.isHandlerStart(index) && current != null && !current.isTerminated()) {
            // Falling into a handler's code: javac never does, but the JVMS allows it.
            emit(new Instruction(Opcode.JUMP, null, null).withTargets(next));
        }
        if (current != null && !current.isTerminated() && next != null) {
            emit(new Instruction(Opcode.JUMP, null, null).withTargets(next));
        }
        current = next;
        stack.clear();
        if (next != null) {
            Frame<BasicValue> frame = frames[index];
            for (int depth = 0; depth < frame.getStackSize(); depth++) {
                stack.push(ssa.read(SsaBuilder.stack(depth, kindOf(frame.getStack(depth))), next));
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

    /** The string literal loaded just before {@code call} (the argument of Magic.symbol). */
    String stringLiteralBefore(AbstractInsnNode call) throws CompileError {
        AbstractInsnNode previous = call.getPrevious();
        while (previous != null && previous.getOpcode() < 0) {
            previous = previous.getPrevious();
        }
        if (previous instanceof org.objectweb.asm.tree.LdcInsnNode literal && literal.cst instanceof String name) {
            return name;
        }
        throw new CompileError("Magic.symbol needs a string literal argument, in " + site().describe());
    }

    CompileError unsupported(String construct) {
        String opcode = currentInstruction != null && currentInstruction.getOpcode() >= 0
                ? " (" + Printer.OPCODES[currentInstruction.getOpcode()].toLowerCase() + ")" : "";
        return new CompileError(construct + opcode + " is not supported yet, used in " + site().describe());
    }

    /**
     * Appends {@code instruction} to the current block. A terminator also ends the block: the
     * operand stack left for the successors is written to its variables, the edges are recorded
     * and every successor whose predecessors are now all translated is sealed.
     */
    Instruction emit(Instruction instruction) {
        instruction.withLine(line);
        Block dispatch = currentIndex >= 0 && instruction.opcode().canThrow ? handlers.dispatchFor(currentIndex) : null;
        if (dispatch != null && instruction.opcode().isTerminator) {
            instruction.withExceptionTarget(dispatch, List.of()); // athrow inside a try block.
        }
        if (instruction.opcode().isTerminator) {
            for (int depth = 0; depth < stack.size(); depth++) {
                Value value = stack.get(depth);
                ssa.write(SsaBuilder.stack(depth, value.kind()), current, value);
            }
        }
        current.add(instruction);
        if (instruction.opcode().isTerminator) {
            ssa.addEdges(current, instruction);
            for (Block target : instruction.targets()) {
                if (pendingPredecessors.merge(target, -1, Integer::sum) == 0) {
                    ssa.seal(target);
                }
            }
        } else if (dispatch != null) {
            // The instruction may throw inside a try block: it ends its block, whose exception edge
            // carries the locals' values at this point to the handlers' dispatch code.
            Block continuation = function.newBlock();
            pendingPredecessors.put(continuation, 1);
            List<Value> stackValues = new java.util.ArrayList<>();
            for (int depth = 0; depth < stack.size(); depth++) {
                stackValues.add(stack.get(depth));
            }
            emit(new Instruction(Opcode.JUMP, null, null).withTargets(continuation)
                    .withExceptionTarget(dispatch, List.of()));
            current = continuation;
            for (int depth = 0; depth < stackValues.size(); depth++) {
                stack.set(depth, stackValues.get(depth));
            }
        }
        return instruction;
    }

    /**
     * The exception dispatch code of one handler list (JVMS 2.10, 3.12): catch the exception, then
     * test the handlers' catch types in table order, entering the first match with the exception
     * as its only stack entry; when none matches, rethrow to the caller.
     */
    private void fillDispatch(ExceptionHandlers.Dispatch dispatch) {
        current = dispatch.block();
        VirtualRegister exception = temporary(Kind.REFERENCE);
        emit(new Instruction(Opcode.CATCH, exception, Kind.REFERENCE)
                .withSymbol(org.os2j.compiler.world.RuntimeSupport.TAKE_PENDING.symbol()));
        knownNonNull.add(exception);
        stack.clear();
        stack.push(exception);
        for (TryCatchBlockNode handler : dispatch.handlers()) {
            Block target = blockAt.get(method.instructions.indexOf(handler.handler));
            if (handler.type == null) {
                emit(new Instruction(Opcode.JUMP, null, null).withTargets(target));
                return;
            }
            VirtualRegister matches = temporary(Kind.INT);
            emit(new Instruction(Opcode.INSTANCE_OF, matches, Kind.INT, exception).withSymbol(handler.type));
            Block next = function.newBlock();
            pendingPredecessors.put(next, 1);
            emit(new Instruction(Opcode.BRANCH, null, Kind.INT, matches, Constant.ofInt(0))
                    .withCondition(Condition.NOT_EQUAL).withTargets(target, next));
            current = next;
        }
        emit(new Instruction(Opcode.THROW, null, Kind.REFERENCE, exception));
    }

    VirtualRegister temporary(Kind kind) {
        return function.newRegister(kind, null);
    }

    /** The current value of a JVM local slot. */
    Value loadLocal(int slot, Kind kind) {
        return ssa.read(SsaBuilder.local(slot, kind), current);
    }

    /** Makes {@code value} the current value of a JVM local slot. */
    void storeLocal(int slot, Value value) {
        ssa.write(SsaBuilder.local(slot, value.kind()), current, value);
    }

    /**
     * Emits an implicit null check unless {@code value} is known non-null; its symbol is the
     * helpful message (JEP 358) of the instruction being translated.
     */
    void nullCheck(Value value) {
        if (!knownNonNull.contains(value)) {
            Instruction check = new Instruction(Opcode.NULL_CHECK, null, Kind.REFERENCE, value);
            String message = currentIndex >= 0 ? nullPointerMessages.message(currentIndex) : null;
            emit(message == null ? check : check.withSymbol(message));
        }
    }

    /** Ends the block with a two-way branch. */
    void branch(Condition condition, Kind kind, Value left, Value right, Block taken, Block fallThrough) {
        emit(new Instruction(Opcode.BRANCH, null, kind, left, right).withCondition(condition)
                .withTargets(taken, fallThrough));
    }
}
