package org.os2j.compiler.classes;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Folds calls of methods that a substitution makes return one constant ({@code isParallel()} is
 * false: os2j runs streams on one thread), then the branches those constants decide, then removes
 * the code no path reaches any more, before anything scans it. The closed world then never reaches
 * what only a dead branch called (the parallel-stream framework behind {@code isParallel()}).
 *
 * <p>A call is folded only when dropping it changes nothing else: an instance call on {@code this}
 * (never null) of a method no subclass can override (private, final, or in a final class), or a
 * static call of a class without a static initializer or initialized at start-up (so no
 * initialization is skipped). Dead code
 * becomes NOPs (labels, lines and handler ranges stay valid); handlers no live code reaches are
 * dropped. Requires: the loaded form. Guarantees: the same behaviour on every path that runs.
 */
final class ConstantCallFolding {
    /** Classes every start routine initializes before any other Java code runs (System.initPhase1). */
    private static final Set<String> INITIALIZED_AT_START = Set.of("java/lang/System");

    private final ClassPath classPath;
    private final Substitutions substitutions;
    /** Raw class data read without loading (no recursion into ClassRepository): internal name to node. */
    private final Map<String, ClassNode> headers = new HashMap<>();

    ConstantCallFolding(ClassPath classPath, Substitutions substitutions) {
        this.classPath = classPath;
        this.substitutions = substitutions;
    }

    void fold(ClassNode owner, MethodNode method) {
        if (method.instructions == null || method.instructions.size() == 0) {
            return;
        }
        boolean changed = false;
        for (AbstractInsnNode instruction : method.instructions.toArray()) {
            if (instruction instanceof MethodInsnNode call) {
                changed |= foldCall(method, call);
            }
        }
        if (changed) {
            propagateToLocals(method.instructions);
            foldBranches(method.instructions);
            removeDeadCode(method);
        }
    }

    private boolean foldCall(MethodNode method, MethodInsnNode call) {
        Object constant = constantOf(call);
        if (constant == null) {
            return false;
        }
        InsnList instructions = method.instructions;
        AbstractInsnNode replacement = constant == Substitutions.NULL ? new InsnNode(Opcodes.ACONST_NULL)
                : new InsnNode(Opcodes.ICONST_0 + (Integer) constant);
        if (call.getOpcode() == Opcodes.INVOKESTATIC) {
            ClassNode declaring = header(call.owner);
            if (declaring == null || (hasStaticInitializer(declaring) && !INITIALIZED_AT_START.contains(call.owner))
                    || !call.desc.startsWith("()")) {
                return false;
            }
            instructions.set(call, replacement);
            return true;
        }
        AbstractInsnNode receiver = call.getPrevious();
        if (!call.desc.startsWith("()") || (method.access & Opcodes.ACC_STATIC) != 0
                || !(receiver instanceof VarInsnNode load) || load.getOpcode() != Opcodes.ALOAD || load.var != 0) {
            return false;
        }
        instructions.remove(receiver);
        instructions.set(call, replacement);
        return true;
    }

    /** The constant {@code call} returns, or null when it is not a bound call of a constant substitute. */
    private Object constantOf(MethodInsnNode call) {
        for (String type = call.owner; type != null; ) {
            ClassNode header = header(type);
            if (header == null) {
                return null;
            }
            for (MethodNode declared : header.methods) {
                if (declared.name.equals(call.name) && declared.desc.equals(call.desc)) {
                    boolean bound = (declared.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL | Opcodes.ACC_STATIC)) != 0
                            || (header.access & Opcodes.ACC_FINAL) != 0;
                    return bound ? substitutions.constantSubstitute(type, call.name, call.desc, classPath) : null;
                }
            }
            type = header.superName;
        }
        return null;
    }

    private ClassNode header(String internalName) {
        return headers.computeIfAbsent(internalName, name -> {
            byte[] bytes = classPath.find(name);
            if (bytes == null) {
                return null;
            }
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, ClassReader.SKIP_CODE);
            return node;
        });
    }

    private static boolean hasStaticInitializer(ClassNode type) {
        return type.methods.stream().anyMatch(m -> m.name.equals("<clinit>"));
    }

    /**
     * A local stored once in the whole method, from a constant ({@code SecurityManager sm =
     * System.getSecurityManager()}), is that constant wherever it is loaded: javac's definite
     * assignment puts the one store before every load.
     */
    private static void propagateToLocals(InsnList instructions) {
        Map<Integer, Integer> stores = new HashMap<>();
        for (AbstractInsnNode instruction : instructions) {
            if (instruction instanceof VarInsnNode variable && variable.getOpcode() >= Opcodes.ISTORE
                    && variable.getOpcode() <= Opcodes.ASTORE) {
                stores.merge(variable.var, 1, Integer::sum);
            } else if (instruction instanceof org.objectweb.asm.tree.IincInsnNode increment) {
                stores.merge(increment.var, 2, Integer::sum);
            }
        }
        Map<Integer, Integer> constants = new HashMap<>();
        for (AbstractInsnNode instruction : instructions) {
            if (instruction instanceof VarInsnNode store && (store.getOpcode() == Opcodes.ISTORE
                    || store.getOpcode() == Opcodes.ASTORE) && stores.get(store.var) == 1
                    && isConstant(store.getPrevious())) {
                constants.put(store.var, store.getPrevious().getOpcode());
            }
        }
        for (AbstractInsnNode instruction : instructions.toArray()) {
            if (instruction instanceof VarInsnNode load && (load.getOpcode() == Opcodes.ILOAD
                    || load.getOpcode() == Opcodes.ALOAD) && constants.containsKey(load.var)) {
                instructions.set(load, new InsnNode(constants.get(load.var)));
            }
        }
    }

    private static boolean isConstant(AbstractInsnNode instruction) {
        return instruction != null && (instruction.getOpcode() == Opcodes.ACONST_NULL
                || instruction.getOpcode() >= Opcodes.ICONST_M1 && instruction.getOpcode() <= Opcodes.ICONST_5);
    }

    /** {@code iconst c; ifeq/ifne L} becomes {@code goto L} or nothing. */
    private static void foldBranches(InsnList instructions) {
        for (AbstractInsnNode instruction : instructions.toArray()) {
            if (!(instruction instanceof JumpInsnNode jump)
                    || (jump.getOpcode() != Opcodes.IFEQ && jump.getOpcode() != Opcodes.IFNE
                    && jump.getOpcode() != Opcodes.IFNULL && jump.getOpcode() != Opcodes.IFNONNULL)) {
                continue;
            }
            AbstractInsnNode value = jump.getPrevious();
            boolean taken;
            if (value != null && value.getOpcode() >= Opcodes.ICONST_M1 && value.getOpcode() <= Opcodes.ICONST_5
                    && (jump.getOpcode() == Opcodes.IFEQ || jump.getOpcode() == Opcodes.IFNE)) {
                boolean zero = value.getOpcode() == Opcodes.ICONST_0;
                taken = (jump.getOpcode() == Opcodes.IFEQ) == zero;
            } else if (value != null && value.getOpcode() == Opcodes.ACONST_NULL
                    && (jump.getOpcode() == Opcodes.IFNULL || jump.getOpcode() == Opcodes.IFNONNULL)) {
                taken = jump.getOpcode() == Opcodes.IFNULL;
            } else {
                continue;
            }
            instructions.remove(value);
            if (taken) {
                instructions.set(jump, new JumpInsnNode(Opcodes.GOTO, jump.label));
            } else {
                instructions.remove(jump);
            }
        }
    }

    /** Replaces every instruction no path from the entry reaches by a NOP; drops handlers of dead code. */
    private static void removeDeadCode(MethodNode method) {
        InsnList instructions = method.instructions;
        Set<AbstractInsnNode> live = new HashSet<>();
        Deque<AbstractInsnNode> work = new ArrayDeque<>();
        work.push(instructions.getFirst());
        boolean grew = true;
        while (grew) {
            while (!work.isEmpty()) {
                for (AbstractInsnNode node = work.pop(); node != null && live.add(node); node = node.getNext()) {
                    for (LabelNode target : targets(node)) {
                        work.push(target);
                    }
                    if (ends(node.getOpcode())) {
                        break;
                    }
                }
            }
            grew = false;
            for (TryCatchBlockNode handler : method.tryCatchBlocks) {
                if (!live.contains(handler.handler) && coversLive(handler, live)) {
                    work.push(handler.handler);
                    grew = true;
                }
            }
        }
        for (AbstractInsnNode node : instructions.toArray()) {
            if (node.getOpcode() >= 0 && !live.contains(node)) {
                instructions.set(node, new InsnNode(Opcodes.NOP));
            }
        }
        method.tryCatchBlocks.removeIf(handler -> !live.contains(handler.handler));
    }

    private static boolean coversLive(TryCatchBlockNode handler, Set<AbstractInsnNode> live) {
        for (AbstractInsnNode node = handler.start; node != null && node != handler.end; node = node.getNext()) {
            if (node.getOpcode() >= 0 && live.contains(node)) {
                return true;
            }
        }
        return false;
    }

    private static java.util.List<LabelNode> targets(AbstractInsnNode node) {
        if (node instanceof JumpInsnNode jump) {
            return java.util.List.of(jump.label);
        }
        if (node instanceof TableSwitchInsnNode table) {
            java.util.List<LabelNode> all = new java.util.ArrayList<>(table.labels);
            all.add(table.dflt);
            return all;
        }
        if (node instanceof LookupSwitchInsnNode lookup) {
            java.util.List<LabelNode> all = new java.util.ArrayList<>(lookup.labels);
            all.add(lookup.dflt);
            return all;
        }
        return java.util.List.of();
    }

    private static boolean ends(int opcode) {
        return opcode == Opcodes.GOTO || opcode == Opcodes.ATHROW || opcode == Opcodes.TABLESWITCH
                || opcode == Opcodes.LOOKUPSWITCH || (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN)
                || opcode == Opcodes.RET;
    }
}
