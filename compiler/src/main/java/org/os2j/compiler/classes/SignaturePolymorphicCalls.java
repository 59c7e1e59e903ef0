package org.os2j.compiler.classes;

import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Signature-polymorphic calls (JVMS 2.9.3: MethodHandle.invoke and invokeExact, the VarHandle
 * access modes) that VarHandleLowering did not resolve: os2j has no method-handle runtime, so each
 * becomes code that throws UnsupportedOperationException naming the method, when (and only when)
 * it runs. Such calls sit mostly on paths a program never takes (serialization, reflection
 * fallbacks) that a closed world still reaches. Requires: the loaded form, after VarHandleLowering.
 */
final class SignaturePolymorphicCalls {
    private static final Set<String> OWNERS = Set.of("java/lang/invoke/MethodHandle", "java/lang/invoke/VarHandle");
    private static final Set<String> METHOD_HANDLE_METHODS = Set.of("invoke", "invokeExact", "invokeBasic",
            "linkToVirtual", "linkToStatic", "linkToSpecial", "linkToInterface", "linkToNative");

    private SignaturePolymorphicCalls() {
    }

    static void lower(MethodNode method) {
        if (method.instructions == null) {
            return;
        }
        for (AbstractInsnNode instruction : method.instructions.toArray()) {
            if (instruction instanceof MethodInsnNode call && OWNERS.contains(call.owner)
                    && isPolymorphic(call)) {
                method.instructions.insertBefore(call, throwing(call));
                method.instructions.remove(call);
                method.maxStack += 1;
            }
        }
    }

    private static boolean isPolymorphic(MethodInsnNode call) {
        if (call.owner.equals("java/lang/invoke/MethodHandle")) {
            return METHOD_HANDLE_METHODS.contains(call.name);
        }
        return call.getOpcode() == Opcodes.INVOKEVIRTUAL && !call.name.equals("accessModeType")
                && !call.name.equals("varType") && !call.name.equals("coordinateTypes")
                && !call.name.equals("toMethodHandle") && !call.name.equals("hasInvokeExactBehavior")
                && !call.name.equals("withInvokeExactBehavior") && !call.name.equals("withInvokeBehavior")
                && !call.name.equals("describeConstable") && !call.name.equals("toString")
                && !call.name.equals("isAccessModeSupported");
    }

    /** Pops the call's operands, then throws; the code after it is unreachable, as after athrow. */
    private static InsnList throwing(MethodInsnNode call) {
        InsnList code = new InsnList();
        Type[] arguments = Type.getArgumentTypes(call.desc);
        for (int i = arguments.length - 1; i >= 0; i--) {
            code.add(new InsnNode(arguments[i].getSize() == 2 ? Opcodes.POP2 : Opcodes.POP));
        }
        if (call.getOpcode() != Opcodes.INVOKESTATIC) {
            code.add(new InsnNode(Opcodes.POP));
        }
        code.add(new LdcInsnNode(call.owner.replace('/', '.') + "." + call.name + call.desc));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "org/os2j/runtime/report/ImplicitExceptions", "unsupported",
                "(Ljava/lang/String;)V", false));
        code.add(new InsnNode(Opcodes.ACONST_NULL));
        code.add(new InsnNode(Opcodes.ATHROW));
        return code;
    }
}
