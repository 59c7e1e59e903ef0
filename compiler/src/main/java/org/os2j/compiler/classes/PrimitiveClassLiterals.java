package org.os2j.compiler.classes;

import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * javac compiles {@code int.class} as {@code getstatic java/lang/Integer.TYPE} (JLS 15.8.2; the
 * field holds {@code Class.getPrimitiveClass("int")}). This load-time step reads those fields as
 * class literals of the primitive types instead, whose Class objects the compiler emits
 * (layout/ImageData), so a wrapper need not be initialized, or even be the JDK's, for them.
 * Requires: a method in its loaded form. Guarantees: the same Class object as the JDK's field.
 */
final class PrimitiveClassLiterals {
    private static final Map<String, Type> TYPE_FIELDS = Map.of(
            "java/lang/Boolean", Type.BOOLEAN_TYPE, "java/lang/Byte", Type.BYTE_TYPE,
            "java/lang/Character", Type.CHAR_TYPE, "java/lang/Short", Type.SHORT_TYPE,
            "java/lang/Integer", Type.INT_TYPE, "java/lang/Long", Type.LONG_TYPE,
            "java/lang/Float", Type.FLOAT_TYPE, "java/lang/Double", Type.DOUBLE_TYPE,
            "java/lang/Void", Type.VOID_TYPE);

    private PrimitiveClassLiterals() {
    }

    static void lower(MethodNode method) {
        if (method.instructions == null) {
            return;
        }
        for (AbstractInsnNode instruction : method.instructions.toArray()) {
            if (instruction instanceof FieldInsnNode field && field.getOpcode() == Opcodes.GETSTATIC
                    && field.name.equals("TYPE") && field.desc.equals("Ljava/lang/Class;")
                    && TYPE_FIELDS.containsKey(field.owner)) {
                method.instructions.set(field, new LdcInsnNode(TYPE_FIELDS.get(field.owner)));
            }
        }
    }
}
