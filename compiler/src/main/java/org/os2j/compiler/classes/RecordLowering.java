package org.os2j.compiler.classes;

import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Lowers the {@code invokedynamic} sites a record's {@code toString}, {@code hashCode} and
 * {@code equals} use ({@code java.lang.runtime.ObjectMethods.bootstrap}) into static methods of
 * the record computing what the JDK 17 bootstrap computes:
 * <ul>
 *   <li>toString: {@code Name[a=1, b=x]}, the record's simple name and each component through
 *       {@code String.valueOf} (the bootstrap formats them with {@code %s});</li>
 *   <li>hashCode: {@code 0}, then {@code 31 * h + hash(component)} in component order, with the
 *       wrapper's {@code hashCode} for primitives and {@code Objects.hashCode} for references;</li>
 *   <li>equals: the same object, else an instance of the record whose components are equal, tested
 *       last to first as the bootstrap's nested guards do: {@code ==} for integral types,
 *       {@code Float/Double.compare == 0} for floating point, {@code Objects.equals} otherwise.</li>
 * </ul>
 * Requires: a record in its loaded form. Guarantees: no ObjectMethods invokedynamic remains.
 */
final class RecordLowering {
    private static final String BOOTSTRAP = "java/lang/runtime/ObjectMethods";

    private RecordLowering() {
    }

    /** Lowers the sites of {@code method}; the helpers go to {@code added}, to join the record after the loop. */
    static void lower(ClassNode record, MethodNode method, List<MethodNode> added) {
        if (method.instructions == null) {
            return;
        }
        for (AbstractInsnNode instruction : method.instructions.toArray()) {
            if (instruction instanceof InvokeDynamicInsnNode site && site.bsm.getOwner().equals(BOOTSTRAP)) {
                String helper = "os2j$" + site.name;
                if (added.stream().noneMatch(existing -> existing.name.equals(helper))) {
                    added.add(helper(record, site, helper));
                }
                method.instructions.set(site, new MethodInsnNode(Opcodes.INVOKESTATIC, record.name, helper, site.desc,
                        false));
            }
        }
    }

    private static MethodNode helper(ClassNode record, InvokeDynamicInsnNode site, String name) {
        Object[] arguments = site.bsmArgs;
        String names = (String) arguments[1];
        String[] componentNames = names.isEmpty() ? new String[0] : names.split(";");
        Handle[] getters = new Handle[arguments.length - 2];
        for (int i = 0; i < getters.length; i++) {
            getters[i] = (Handle) arguments[i + 2];
        }
        MethodNode method = new MethodNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, name,
                site.desc, null, null);
        switch (site.name) {
            case "toString" -> toString(method.instructions, simpleName(record), componentNames, getters);
            case "hashCode" -> hashCode(method.instructions, getters);
            default -> equals(method.instructions, record.name, getters);
        }
        method.maxLocals = 2;
        method.maxStack = 8;
        return method;
    }

    private static void toString(InsnList code, String simpleName, String[] names, Handle[] getters) {
        code.add(new TypeInsnNode(Opcodes.NEW, "java/lang/StringBuilder"));
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new LdcInsnNode(simpleName + "["));
        code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "(Ljava/lang/String;)V",
                false));
        for (int i = 0; i < getters.length; i++) {
            code.add(new LdcInsnNode((i == 0 ? "" : ", ") + names[i] + "="));
            append(code, "Ljava/lang/String;");
            load(code, 0, getters[i]);
            Type type = Type.getType(getters[i].getDesc());
            append(code, switch (type.getSort()) {
                case Type.BYTE, Type.SHORT -> "I";
                case Type.OBJECT, Type.ARRAY -> "Ljava/lang/Object;";
                default -> type.getDescriptor();
            });
        }
        code.add(new LdcInsnNode("]"));
        append(code, "Ljava/lang/String;");
        code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "toString",
                "()Ljava/lang/String;", false));
        code.add(new InsnNode(Opcodes.ARETURN));
    }

    private static void hashCode(InsnList code, Handle[] getters) {
        code.add(new InsnNode(Opcodes.ICONST_0));
        for (Handle getter : getters) {
            code.add(new IntInsnNode(Opcodes.BIPUSH, 31));
            code.add(new InsnNode(Opcodes.IMUL));
            load(code, 0, getter);
            hash(code, Type.getType(getter.getDesc()));
            code.add(new InsnNode(Opcodes.IADD));
        }
        code.add(new InsnNode(Opcodes.IRETURN));
    }

    /** The hash of the value on the stack, as the wrapper's static hashCode or Objects.hashCode computes it. */
    private static void hash(InsnList code, Type type) {
        switch (type.getSort()) {
            case Type.BOOLEAN -> {
                LabelNode isFalse = new LabelNode();
                LabelNode done = new LabelNode();
                code.add(new JumpInsnNode(Opcodes.IFEQ, isFalse));
                code.add(new IntInsnNode(Opcodes.SIPUSH, 1231));
                code.add(new JumpInsnNode(Opcodes.GOTO, done));
                code.add(isFalse);
                code.add(new IntInsnNode(Opcodes.SIPUSH, 1237));
                code.add(done);
            }
            case Type.LONG -> foldLong(code);
            case Type.FLOAT -> floatBits(code);
            case Type.DOUBLE -> {
                doubleBits(code);
                foldLong(code);
            }
            case Type.OBJECT, Type.ARRAY -> code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/util/Objects",
                    "hashCode", "(Ljava/lang/Object;)I", false));
            default -> {
                // byte, short, char, int: the value itself.
            }
        }
    }

    private static void equals(InsnList code, String record, Handle[] getters) {
        LabelNode notSame = new LabelNode();
        LabelNode unequal = new LabelNode();
        code.add(new VarInsnNode(Opcodes.ALOAD, 0));
        code.add(new VarInsnNode(Opcodes.ALOAD, 1));
        code.add(new JumpInsnNode(Opcodes.IF_ACMPNE, notSame));
        code.add(new InsnNode(Opcodes.ICONST_1));
        code.add(new InsnNode(Opcodes.IRETURN));
        code.add(notSame);
        code.add(new VarInsnNode(Opcodes.ALOAD, 1));
        code.add(new TypeInsnNode(Opcodes.INSTANCEOF, record));
        code.add(new JumpInsnNode(Opcodes.IFEQ, unequal));
        for (int i = getters.length - 1; i >= 0; i--) {
            Type type = Type.getType(getters[i].getDesc());
            load(code, 0, getters[i]);
            if (type.getSort() == Type.FLOAT) {
                floatBits(code);
            } else if (type.getSort() == Type.DOUBLE) {
                doubleBits(code);
            }
            code.add(new VarInsnNode(Opcodes.ALOAD, 1));
            code.add(new TypeInsnNode(Opcodes.CHECKCAST, record));
            code.add(new FieldInsnNode(Opcodes.GETFIELD, record, getters[i].getName(), getters[i].getDesc()));
            switch (type.getSort()) {
                case Type.FLOAT -> {
                    floatBits(code);
                    code.add(new JumpInsnNode(Opcodes.IF_ICMPNE, unequal));
                }
                case Type.DOUBLE, Type.LONG -> {
                    if (type.getSort() == Type.DOUBLE) {
                        doubleBits(code);
                    }
                    code.add(new InsnNode(Opcodes.LCMP));
                    code.add(new JumpInsnNode(Opcodes.IFNE, unequal));
                }
                case Type.OBJECT, Type.ARRAY -> {
                    code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/util/Objects", "equals",
                            "(Ljava/lang/Object;Ljava/lang/Object;)Z", false));
                    code.add(new JumpInsnNode(Opcodes.IFEQ, unequal));
                }
                default -> code.add(new JumpInsnNode(Opcodes.IF_ICMPNE, unequal));
            }
        }
        code.add(new InsnNode(Opcodes.ICONST_1));
        code.add(new InsnNode(Opcodes.IRETURN));
        code.add(unequal);
        code.add(new InsnNode(Opcodes.ICONST_0));
        code.add(new InsnNode(Opcodes.IRETURN));
    }

    /** The component {@code getter} reads (a field getter handle) of the record in local {@code local}. */
    private static void load(InsnList code, int local, Handle getter) {
        code.add(new VarInsnNode(Opcodes.ALOAD, local));
        if (getter.getTag() == Opcodes.H_GETFIELD) {
            code.add(new FieldInsnNode(Opcodes.GETFIELD, getter.getOwner(), getter.getName(), getter.getDesc()));
        } else {
            code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, getter.getOwner(), getter.getName(), getter.getDesc(),
                    false));
        }
    }

    private static void append(InsnList code, String descriptor) {
        code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                "(" + descriptor + ")Ljava/lang/StringBuilder;", false));
    }

    /** Float.floatToIntBits: the raw bits, with every NaN as 0x7fc00000 (a NaN is unordered with itself). */
    private static void floatBits(InsnList code) {
        LabelNode notNaN = new LabelNode();
        LabelNode done = new LabelNode();
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new InsnNode(Opcodes.FCMPL));
        code.add(new JumpInsnNode(Opcodes.IFEQ, notNaN));
        code.add(new InsnNode(Opcodes.POP));
        code.add(new LdcInsnNode(0x7fc00000));
        code.add(new JumpInsnNode(Opcodes.GOTO, done));
        code.add(notNaN);
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Float", "floatToRawIntBits", "(F)I", false));
        code.add(done);
    }

    /** Double.doubleToLongBits: the raw bits, with every NaN as 0x7ff8000000000000L. */
    private static void doubleBits(InsnList code) {
        LabelNode notNaN = new LabelNode();
        LabelNode done = new LabelNode();
        code.add(new InsnNode(Opcodes.DUP2));
        code.add(new InsnNode(Opcodes.DUP2));
        code.add(new InsnNode(Opcodes.DCMPL));
        code.add(new JumpInsnNode(Opcodes.IFEQ, notNaN));
        code.add(new InsnNode(Opcodes.POP2));
        code.add(new LdcInsnNode(0x7ff8000000000000L));
        code.add(new JumpInsnNode(Opcodes.GOTO, done));
        code.add(notNaN);
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false));
        code.add(done);
    }

    /** Long.hashCode: (int) (value ^ (value >>> 32)). */
    private static void foldLong(InsnList code) {
        code.add(new InsnNode(Opcodes.DUP2));
        code.add(new IntInsnNode(Opcodes.BIPUSH, 32));
        code.add(new InsnNode(Opcodes.LUSHR));
        code.add(new InsnNode(Opcodes.LXOR));
        code.add(new InsnNode(Opcodes.L2I));
    }

    /** Class.getSimpleName of the record: its name after the enclosing class's (InnerClasses), else after the package. */
    private static String simpleName(ClassNode record) {
        for (org.objectweb.asm.tree.InnerClassNode inner : record.innerClasses) {
            if (inner.name.equals(record.name) && inner.innerName != null) {
                return inner.innerName;
            }
        }
        return record.name.substring(record.name.lastIndexOf('/') + 1);
    }
}
