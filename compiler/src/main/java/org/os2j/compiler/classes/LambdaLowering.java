package org.os2j.compiler.classes;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.os2j.compiler.driver.CompileError;

/**
 * Lowers {@code invokedynamic} call sites bootstrapped by {@code LambdaMetafactory.metafactory}
 * and {@code altMetafactory} (lambdas and method references) at load time, as the metafactory
 * would spin a class at run time (its Javadoc: "Linkage"): for each site a final class
 * {@code Owner$$Lambda$N} implementing the functional interface (and, for altMetafactory, its
 * marker interfaces and bridge descriptors) with one field per captured value, and a static
 * {@code create} method taking the captured values; the site becomes a call of {@code create}.
 * The interface method loads the captured values and its parameters, adapts each to the
 * implementation's parameter type (cast, unbox, box, primitive widening), calls the
 * implementation by its method-handle kind (static, virtual, interface, special, constructor) and
 * adapts the result back. Frames of these classes are hidden from stack traces, as HotSpot hides
 * its hidden lambda classes.
 *
 * <p>Requires: a method in its loaded form. Guarantees: no metafactory invokedynamic remains in the
 * method; the generated classes are returned for the repository to serve. Every call of a
 * non-capturing site creates a new object (HotSpot reuses one; identity is the only difference).
 */
final class LambdaLowering {
    static final String MARKER = "$$Lambda$";
    private static final String METAFACTORY = "java/lang/invoke/LambdaMetafactory";
    private static final int FLAG_SERIALIZABLE = 1;
    private static final int FLAG_MARKERS = 2;
    private static final int FLAG_BRIDGES = 4;

    private LambdaLowering() {
    }

    /** Lowers the sites of {@code method}; generated classes are appended to {@code generated}. */
    static void lower(ClassNode owner, MethodNode method, List<ClassNode> generated) throws CompileError {
        if (method.instructions == null) {
            return;
        }
        for (AbstractInsnNode instruction : method.instructions.toArray()) {
            if (instruction instanceof InvokeDynamicInsnNode site && site.bsm.getOwner().equals(METAFACTORY)) {
                ClassNode lambda = generate(owner, site, owner.name + MARKER + generated.size());
                generated.add(lambda);
                method.instructions.set(site, new MethodInsnNode(Opcodes.INVOKESTATIC, lambda.name, "create",
                        site.desc, false));
            }
        }
    }

    private static ClassNode generate(ClassNode owner, InvokeDynamicInsnNode site, String name) throws CompileError {
        Object[] arguments = site.bsmArgs;
        Type samType = (Type) arguments[0];
        Handle implementation = (Handle) arguments[1];
        List<String> interfaces = new ArrayList<>(List.of(Type.getReturnType(site.desc).getInternalName()));
        List<Type> descriptors = new ArrayList<>(List.of(samType));
        if (site.bsm.getName().equals("altMetafactory")) {
            int flags = (Integer) arguments[3];
            int next = 4;
            if ((flags & FLAG_SERIALIZABLE) != 0) {
                interfaces.add("java/io/Serializable");
            }
            if ((flags & FLAG_MARKERS) != 0) {
                int count = (Integer) arguments[next++];
                for (int i = 0; i < count; i++) {
                    interfaces.add(((Type) arguments[next++]).getInternalName());
                }
            }
            if ((flags & FLAG_BRIDGES) != 0) {
                int count = (Integer) arguments[next++];
                for (int i = 0; i < count; i++) {
                    descriptors.add((Type) arguments[next++]);
                }
            }
        } else if (!site.bsm.getName().equals("metafactory")) {
            throw new CompileError("bootstrap " + site.bsm.getOwner().replace('/', '.') + "." + site.bsm.getName()
                    + " is not supported, used in " + owner.name.replace('/', '.'));
        }
        ClassNode lambda = new ClassNode();
        lambda.version = Opcodes.V17;
        lambda.access = Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC;
        lambda.name = name;
        lambda.superName = "java/lang/Object";
        lambda.interfaces = interfaces;
        lambda.sourceFile = owner.sourceFile;
        Type[] captured = Type.getArgumentTypes(site.desc);
        for (int i = 0; i < captured.length; i++) {
            lambda.fields.add(new FieldNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, field(i), captured[i].getDescriptor(),
                    null, null));
        }
        lambda.methods.add(constructor(name, captured));
        lambda.methods.add(factory(name, site.desc, captured));
        for (Type descriptor : descriptors) {
            lambda.methods.add(forwarder(name, site.name, descriptor, captured, implementation));
        }
        return lambda;
    }

    private static String field(int index) {
        return "arg$" + (index + 1);
    }

    private static MethodNode constructor(String name, Type[] captured) {
        MethodNode method = new MethodNode(Opcodes.ACC_PRIVATE, "<init>",
                Type.getMethodDescriptor(Type.VOID_TYPE, captured), null, null);
        InsnList code = method.instructions;
        code.add(new VarInsnNode(Opcodes.ALOAD, 0));
        code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false));
        int local = 1;
        for (int i = 0; i < captured.length; i++) {
            code.add(new VarInsnNode(Opcodes.ALOAD, 0));
            code.add(new VarInsnNode(captured[i].getOpcode(Opcodes.ILOAD), local));
            code.add(new FieldInsnNode(Opcodes.PUTFIELD, name, field(i), captured[i].getDescriptor()));
            local += captured[i].getSize();
        }
        code.add(new InsnNode(Opcodes.RETURN));
        method.maxLocals = local;
        method.maxStack = 3;
        return method;
    }

    private static MethodNode factory(String name, String descriptor, Type[] captured) {
        MethodNode method = new MethodNode(Opcodes.ACC_STATIC, "create", descriptor, null, null);
        InsnList code = method.instructions;
        code.add(new TypeInsnNode(Opcodes.NEW, name));
        code.add(new InsnNode(Opcodes.DUP));
        int local = 0;
        for (Type type : captured) {
            code.add(new VarInsnNode(type.getOpcode(Opcodes.ILOAD), local));
            local += type.getSize();
        }
        code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, name, "<init>",
                Type.getMethodDescriptor(Type.VOID_TYPE, captured), false));
        code.add(new InsnNode(Opcodes.ARETURN));
        method.maxLocals = local;
        method.maxStack = local + 2;
        return method;
    }

    /** The interface method {@code methodName} with {@code descriptor}: captured values and parameters to the implementation. */
    private static MethodNode forwarder(String name, String methodName, Type descriptor, Type[] captured,
                                        Handle implementation) throws CompileError {
        MethodNode method = new MethodNode(Opcodes.ACC_PUBLIC, methodName, descriptor.getDescriptor(), null, null);
        InsnList code = method.instructions;
        int kind = implementation.getTag();
        Type implementationType = Type.getMethodType(implementation.getDesc());
        List<Type> targets = new ArrayList<>();
        if (kind == Opcodes.H_INVOKEVIRTUAL || kind == Opcodes.H_INVOKEINTERFACE || kind == Opcodes.H_INVOKESPECIAL) {
            targets.add(Type.getObjectType(implementation.getOwner()));
        }
        targets.addAll(List.of(implementationType.getArgumentTypes()));
        if (kind == Opcodes.H_NEWINVOKESPECIAL) {
            code.add(new TypeInsnNode(Opcodes.NEW, implementation.getOwner()));
            code.add(new InsnNode(Opcodes.DUP));
        }
        int target = 0;
        for (int i = 0; i < captured.length; i++, target++) {
            code.add(new VarInsnNode(Opcodes.ALOAD, 0));
            code.add(new FieldInsnNode(Opcodes.GETFIELD, name, field(i), captured[i].getDescriptor()));
            adapt(code, captured[i], targets.get(target));
        }
        int local = 1;
        for (Type parameter : descriptor.getArgumentTypes()) {
            code.add(new VarInsnNode(parameter.getOpcode(Opcodes.ILOAD), local));
            local += parameter.getSize();
            if (target >= targets.size()) {
                throw new CompileError("lambda " + name.replace('/', '.') + ": more arguments than "
                        + implementation.getOwner().replace('/', '.') + "." + implementation.getName() + " takes");
            }
            adapt(code, parameter, targets.get(target++));
        }
        int opcode = switch (kind) {
            case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
            case Opcodes.H_INVOKEVIRTUAL -> Opcodes.INVOKEVIRTUAL;
            case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
            case Opcodes.H_INVOKESPECIAL, Opcodes.H_NEWINVOKESPECIAL -> Opcodes.INVOKESPECIAL;
            default -> throw new CompileError("lambda " + name.replace('/', '.') + ": method handle kind " + kind
                    + " is not supported");
        };
        code.add(new MethodInsnNode(opcode, implementation.getOwner(), implementation.getName(), implementation.getDesc(),
                implementation.isInterface()));
        Type result = kind == Opcodes.H_NEWINVOKESPECIAL ? Type.getObjectType(implementation.getOwner())
                : implementationType.getReturnType();
        Type returned = descriptor.getReturnType();
        if (returned.getSort() == Type.VOID) {
            if (result.getSize() > 0) {
                code.add(new InsnNode(result.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP));
            }
        } else {
            adapt(code, result, returned);
        }
        code.add(new InsnNode(returned.getOpcode(Opcodes.IRETURN)));
        method.maxLocals = local;
        method.maxStack = local + captured.length * 2 + 4;
        return method;
    }

    /** Converts the value on the stack from {@code from} to {@code to} (JLS 5.3 invocation contexts, as the metafactory does). */
    private static void adapt(InsnList code, Type from, Type to) throws CompileError {
        boolean fromPrimitive = from.getSort() < Type.ARRAY;
        boolean toPrimitive = to.getSort() < Type.ARRAY;
        if (from.equals(to)) {
            return;
        }
        if (!fromPrimitive && !toPrimitive) {
            if (!to.getInternalName().equals("java/lang/Object")) {
                code.add(new TypeInsnNode(Opcodes.CHECKCAST, to.getInternalName()));
            }
        } else if (!fromPrimitive) {
            String box = boxOf(to);
            code.add(new TypeInsnNode(Opcodes.CHECKCAST, box));
            code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, box, to.getClassName() + "Value", "()" + to.getDescriptor(),
                    false));
        } else if (!toPrimitive) {
            String box = boxOf(from);
            code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, box, "valueOf",
                    "(" + from.getDescriptor() + ")L" + box + ";", false));
            if (!to.getInternalName().equals(box) && !to.getInternalName().equals("java/lang/Object")) {
                code.add(new TypeInsnNode(Opcodes.CHECKCAST, to.getInternalName()));
            }
        } else {
            widen(code, from, to);
        }
    }

    private static void widen(InsnList code, Type from, Type to) throws CompileError {
        int source = from.getSort() <= Type.INT ? Type.INT : from.getSort();
        int opcode = switch (source * 16 + to.getSort()) {
            case Type.INT * 16 + Type.LONG -> Opcodes.I2L;
            case Type.INT * 16 + Type.FLOAT -> Opcodes.I2F;
            case Type.INT * 16 + Type.DOUBLE -> Opcodes.I2D;
            case Type.LONG * 16 + Type.FLOAT -> Opcodes.L2F;
            case Type.LONG * 16 + Type.DOUBLE -> Opcodes.L2D;
            case Type.FLOAT * 16 + Type.DOUBLE -> Opcodes.F2D;
            default -> source == Type.INT && to.getSort() <= Type.INT ? Opcodes.NOP : -1;
        };
        if (opcode < 0) {
            throw new CompileError("lambda adaptation from " + from.getClassName() + " to " + to.getClassName()
                    + " is not a widening conversion");
        }
        if (opcode != Opcodes.NOP) {
            code.add(new InsnNode(opcode));
        }
    }

    private static String boxOf(Type primitive) {
        return switch (primitive.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.CHAR -> "java/lang/Character";
            case Type.BYTE -> "java/lang/Byte";
            case Type.SHORT -> "java/lang/Short";
            case Type.INT -> "java/lang/Integer";
            case Type.FLOAT -> "java/lang/Float";
            case Type.LONG -> "java/lang/Long";
            default -> "java/lang/Double";
        };
    }
}
