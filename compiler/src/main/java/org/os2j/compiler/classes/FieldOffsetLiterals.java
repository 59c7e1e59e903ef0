package org.os2j.compiler.classes;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The older JDK idiom for a field's offset, {@code U.objectFieldOffset(C.class.getDeclaredField(
 * "name"))}, rewritten to the newer {@code U.objectFieldOffset(C.class, "name")}, which the
 * compiler folds to a constant (world/RuntimeSupport.literalFieldOffset): no reflection is
 * reached. Both find the field C declares by that name. Requires: the loaded form.
 */
final class FieldOffsetLiterals {
    private static final String UNSAFE = "jdk/internal/misc/Unsafe";

    private FieldOffsetLiterals() {
    }

    static void lower(MethodNode method) {
        if (method.instructions == null) {
            return;
        }
        for (AbstractInsnNode instruction : method.instructions.toArray()) {
            if (!(instruction instanceof MethodInsnNode offset) || !offset.owner.equals(UNSAFE)
                    || !offset.name.equals("objectFieldOffset")
                    || !offset.desc.equals("(Ljava/lang/reflect/Field;)J")
                    || !(StraightLineCode.previous(offset) instanceof MethodInsnNode lookup)
                    || !lookup.owner.equals("java/lang/Class") || !lookup.name.equals("getDeclaredField")
                    || !(StraightLineCode.previous(lookup) instanceof LdcInsnNode name) || !(name.cst instanceof String)
                    || !(StraightLineCode.previous(name) instanceof LdcInsnNode type) || !(type.cst instanceof Type)) {
                continue;
            }
            method.instructions.remove(lookup);
            method.instructions.set(offset, new MethodInsnNode(Opcodes.INVOKEVIRTUAL, UNSAFE, "objectFieldOffset",
                    "(Ljava/lang/Class;Ljava/lang/String;)J", false));
        }
    }
}
