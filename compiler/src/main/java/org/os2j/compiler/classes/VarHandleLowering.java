package org.os2j.compiler.classes;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;
import org.os2j.compiler.driver.CompileError;

/**
 * VarHandles resolved at compile time, as the JDK's own code uses them: a static final VarHandle
 * field that the class's static initializer sets from {@code MethodHandles.lookup().findVarHandle(
 * C.class, "name", T.class)} or {@code MethodHandles.arrayElementVarHandle(T[].class)}, all
 * arguments literals, and accesses {@code FIELD.compareAndSet(object, expected, value)} (or any
 * other access mode) whose receiver is that field. Load-time rewrite, two parts:
 *
 * <ul>
 * <li>In the static initializer, the lookup and the factory call become null (the field is never
 * read as an object), so no method-handle machinery is reached.</li>
 * <li>Each access becomes a static call of runtime/VarHandleAccess: the same arguments after the
 * (ignored) VarHandle, then, for a field, the field's offset as {@code Unsafe.objectFieldOffset(
 * C.class, "name")} with literal arguments, which the compiler folds (IR field.offset). Access
 * modes differing only in memory ordering are one operation: os2j runs one thread (and the
 * kernel never runs Java code from an interrupt handler in between).</li>
 * </ul>
 *
 * The static fences VarHandle.fullFence and the like become VarHandleAccess.fence (a no-op).
 * Requires: the loaded form, after PrimitiveClassLiterals. Guarantees: a VarHandle access left
 * unresolved (receiver not such a field) stays a call of the signature-polymorphic method, which
 * the closed world reports.
 */
final class VarHandleLowering {
    private static final String VAR_HANDLE = "java/lang/invoke/VarHandle";
    private static final String METHOD_HANDLES = "java/lang/invoke/MethodHandles";
    private static final String LOOKUP = "java/lang/invoke/MethodHandles$Lookup";
    private static final String ACCESS = "org/os2j/runtime/VarHandleAccess";
    private static final Set<String> FENCES = Set.of("fullFence", "acquireFence", "releaseFence", "loadLoadFence",
            "storeStoreFence");

    /** What a VarHandle field designates: an instance field (owner, name, type) or array elements (array type). */
    record Target(String owner, String name, Type type, Type arrayType) {
        boolean isArray() {
            return arrayType != null;
        }
    }

    /** Finds the VarHandle fields of another class (nestmates share theirs), loading it if needed. */
    interface TargetLookup {
        Map<String, Target> targetsOf(String internalName) throws CompileError;
    }

    private VarHandleLowering() {
    }

    /**
     * Recognizes the VarHandle fields {@code node}'s static initializer sets, rewriting the factory
     * calls to null; returns field name to target.
     */
    static Map<String, Target> lowerFactories(ClassNode node) {
        Map<String, Target> targets = new HashMap<>();
        for (MethodNode method : node.methods) {
            if (!method.name.equals("<clinit>") || method.instructions == null) {
                continue;
            }
            InsnList instructions = method.instructions;
            for (AbstractInsnNode instruction : instructions.toArray()) {
                if (!(instruction instanceof MethodInsnNode call) || !(StraightLineCode.next(call) instanceof FieldInsnNode store)
                        || store.getOpcode() != Opcodes.PUTSTATIC || !store.owner.equals(node.name)
                        || !store.desc.equals("L" + VAR_HANDLE + ";")) {
                    continue;
                }
                if (call.owner.equals(LOOKUP) && call.name.equals("findVarHandle")) {
                    AbstractInsnNode type = StraightLineCode.previous(call);
                    AbstractInsnNode name = type == null ? null : StraightLineCode.previous(type);
                    AbstractInsnNode owner = name == null ? null : StraightLineCode.previous(name);
                    if (literalType(owner) != null && name instanceof LdcInsnNode nameLiteral
                            && nameLiteral.cst instanceof String fieldName && literalType(type) != null) {
                        targets.put(store.name, new Target(literalType(owner).getInternalName(), fieldName,
                                literalType(type), null));
                        replace(instructions, call, 4); // the lookup and the three literals
                    }
                } else if (call.owner.equals(METHOD_HANDLES) && call.name.equals("arrayElementVarHandle")) {
                    Type arrayType = literalType(StraightLineCode.previous(call));
                    if (arrayType != null && arrayType.getSort() == Type.ARRAY) {
                        targets.put(store.name, new Target(null, null, arrayType.getElementType(), arrayType));
                        replace(instructions, call, 1);
                    }
                }
            }
            if (!targets.isEmpty()) {
                for (AbstractInsnNode instruction : instructions.toArray()) {
                    if (instruction instanceof MethodInsnNode call && call.owner.equals(METHOD_HANDLES)
                            && call.name.equals("lookup")) {
                        // Its only uses were the factory calls above; the caller-sensitive lookup is not compiled.
                        instructions.set(call, new InsnNode(Opcodes.ACONST_NULL));
                    }
                }
            }
        }
        return targets;
    }

    /** Rewrites {@code method}'s VarHandle accesses and fences (see the class comment). */
    static void lowerAccesses(ClassNode owner, MethodNode method, TargetLookup lookup) throws CompileError {
        if (method.instructions == null || !mentionsVarHandle(method)) {
            return;
        }
        Frame<SourceValue>[] frames;
        try {
            frames = new Analyzer<>(new SourceInterpreter()).analyze(owner.name, method);
        } catch (AnalyzerException e) {
            return; // Left as it is; the frontend reports malformed code.
        }
        AbstractInsnNode[] instructions = method.instructions.toArray();
        boolean lowered = false;
        for (int i = 0; i < instructions.length; i++) {
            if (!(instructions[i] instanceof MethodInsnNode call) || !call.owner.equals(VAR_HANDLE)) {
                continue;
            }
            if (call.getOpcode() == Opcodes.INVOKESTATIC && FENCES.contains(call.name)) {
                method.instructions.set(call, new MethodInsnNode(Opcodes.INVOKESTATIC, ACCESS, "fence", "()V", false));
                continue;
            }
            if (call.getOpcode() != Opcodes.INVOKEVIRTUAL || frames[i] == null) {
                continue;
            }
            Frame<SourceValue> frame = frames[i];
            int arguments = Type.getArgumentTypes(call.desc).length;
            SourceValue receiver = frame.getStack(frame.getStackSize() - arguments - 1);
            if (receiver.insns.size() != 1 || !(receiver.insns.iterator().next() instanceof FieldInsnNode field)
                    || field.getOpcode() != Opcodes.GETSTATIC) {
                continue;
            }
            Target target = lookup.targetsOf(field.owner).get(field.name);
            String operation = operation(call.name);
            if (target == null || operation == null) {
                continue;
            }
            lowerAccess(method.instructions, call, target, operation);
            lowered = true;
        }
        if (lowered) {
            method.maxStack += 4; // the offset's literals and Unsafe's receiver
        }
    }

    private static void lowerAccess(InsnList instructions, MethodInsnNode call, Target target, String operation) {
        Type[] arguments = Type.getArgumentTypes(call.desc);
        Type callResult = Type.getReturnType(call.desc);
        Type value = target.type();
        Type result = switch (operation) {
            case "set" -> Type.VOID_TYPE;
            case "compareAndSet" -> Type.BOOLEAN_TYPE;
            default -> erased(value);
        };
        StringBuilder descriptor = new StringBuilder("(L" + VAR_HANDLE + ";");
        for (Type argument : arguments) {
            descriptor.append(erased(argument).getDescriptor());
        }
        String name = operation + kindName(value);
        if (target.isArray()) {
            name = "array" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        } else {
            InsnList offset = new InsnList();
            offset.add(new InsnNode(Opcodes.ACONST_NULL)); // Unsafe's receiver, dropped by the fold
            offset.add(new LdcInsnNode(Type.getObjectType(target.owner())));
            offset.add(new LdcInsnNode(target.name()));
            offset.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "jdk/internal/misc/Unsafe", "objectFieldOffset",
                    "(Ljava/lang/Class;Ljava/lang/String;)J", false));
            instructions.insertBefore(call, offset);
            descriptor.append('J');
        }
        descriptor.append(')').append(result.getDescriptor());
        MethodInsnNode helper = new MethodInsnNode(Opcodes.INVOKESTATIC, ACCESS, name, descriptor.toString(), false);
        instructions.set(call, helper);
        if (callResult.getSort() == Type.VOID && result.getSort() != Type.VOID) {
            // javac gives a signature-polymorphic call whose result is unused the return type void.
            instructions.insert(helper, new InsnNode(result.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP));
        }
    }

    /** The operation an access mode performs on one thread, or null for a method that is not an access mode. */
    private static String operation(String accessMode) {
        String base = accessMode.replaceFirst("(Acquire|Release|Opaque|Volatile|Plain)$", "");
        return switch (base) {
            case "get" -> "get";
            case "set" -> "set";
            case "compareAndSet", "weakCompareAndSet" -> "compareAndSet";
            case "compareAndExchange" -> "compareAndExchange";
            case "getAndSet" -> "getAndSet";
            case "getAndAdd" -> "getAndAdd";
            case "getAndBitwiseOr" -> "getAndBitwiseOr";
            case "getAndBitwiseAnd" -> "getAndBitwiseAnd";
            case "getAndBitwiseXor" -> "getAndBitwiseXor";
            default -> null;
        };
    }

    private static String kindName(Type type) {
        return switch (type.getSort()) {
            case Type.BOOLEAN -> "Boolean";
            case Type.BYTE -> "Byte";
            case Type.CHAR -> "Char";
            case Type.SHORT -> "Short";
            case Type.INT -> "Int";
            case Type.LONG -> "Long";
            case Type.FLOAT -> "Float";
            case Type.DOUBLE -> "Double";
            default -> "Reference";
        };
    }

    /** References become Object (the helpers are generic over them); primitives stay. */
    private static Type erased(Type type) {
        return type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY ? Type.getType(Object.class) : type;
    }

    private static boolean mentionsVarHandle(MethodNode method) {
        for (AbstractInsnNode instruction : method.instructions) {
            if (instruction instanceof MethodInsnNode call && call.owner.equals(VAR_HANDLE)) {
                return true;
            }
        }
        return false;
    }

    /** Replaces {@code call} by popping its {@code operands} stack values and pushing null. */
    private static void replace(InsnList instructions, MethodInsnNode call, int operands) {
        InsnList replacement = new InsnList();
        for (int i = 0; i < operands; i++) {
            replacement.add(new InsnNode(Opcodes.POP));
        }
        replacement.add(new InsnNode(Opcodes.ACONST_NULL));
        instructions.insertBefore(call, replacement);
        instructions.remove(call);
    }

    private static Type literalType(AbstractInsnNode instruction) {
        return instruction instanceof LdcInsnNode literal && literal.cst instanceof Type type
                && type.getSort() != Type.METHOD ? type : null;
    }
}
