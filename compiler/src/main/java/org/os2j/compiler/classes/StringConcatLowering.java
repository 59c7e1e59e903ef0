package org.os2j.compiler.classes;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Lowers {@code invokedynamic} call sites bootstrapped by {@code StringConcatFactory}
 * ({@code makeConcatWithConstants} and {@code makeConcat}) into the equivalent StringBuilder chain,
 * at load time, so the rest of the compiler never sees them. The arguments are first stored into
 * fresh locals (they sit on the operand stack below nothing the builder could go under), then
 * appended in recipe order: {@code \1} is the next argument, {@code \2} the next bootstrap
 * constant, any other text is a literal (StringConcatFactory Javadoc, "recipe").
 *
 * <p>Requires: a method in its loaded form. Guarantees: no string-concat invokedynamic remains;
 * maxLocals and maxStack cover the new code. Other bootstraps are left for the closed world to
 * reject with their use site.
 */
final class StringConcatLowering {
    private static final String FACTORY = "java/lang/invoke/StringConcatFactory";
    private static final String BUILDER = "java/lang/StringBuilder";
    private static final char ARGUMENT_TAG = '\u0001';
    private static final char CONSTANT_TAG = '\u0002';

    private StringConcatLowering() {
    }

    static void lower(ClassNode owner, MethodNode method) {
        if (method.instructions == null) {
            return;
        }
        for (AbstractInsnNode instruction : method.instructions.toArray()) {
            if (instruction instanceof InvokeDynamicInsnNode dynamic && dynamic.bsm.getOwner().equals(FACTORY)) {
                method.instructions.insert(dynamic, lowered(method, dynamic));
                method.instructions.remove(dynamic);
            }
        }
    }

    private static InsnList lowered(MethodNode method, InvokeDynamicInsnNode site) {
        Type[] arguments = Type.getArgumentTypes(site.desc);
        String recipe = recipeOf(site, arguments.length);
        int[] locals = new int[arguments.length];
        int next = method.maxLocals;
        for (int i = 0; i < arguments.length; i++) {
            locals[i] = next;
            next += arguments[i].getSize();
        }
        method.maxLocals = next;
        method.maxStack += 3;

        InsnList code = new InsnList();
        for (int i = arguments.length - 1; i >= 0; i--) {
            code.add(new VarInsnNode(arguments[i].getOpcode(Opcodes.ISTORE), locals[i]));
        }
        code.add(new TypeInsnNode(Opcodes.NEW, BUILDER));
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, BUILDER, "<init>", "()V", false));
        int argument = 0;
        int constant = 0;
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < recipe.length(); i++) {
            char c = recipe.charAt(i);
            if (c == ARGUMENT_TAG || c == CONSTANT_TAG) {
                appendLiteral(code, literal);
                if (c == ARGUMENT_TAG) {
                    Type type = arguments[argument];
                    code.add(new VarInsnNode(type.getOpcode(Opcodes.ILOAD), locals[argument]));
                    append(code, appendDescriptor(type));
                    argument++;
                } else {
                    Object value = site.bsmArgs[1 + constant++];
                    literal.append(value);
                    appendLiteral(code, literal);
                }
            } else {
                literal.append(c);
            }
        }
        appendLiteral(code, literal);
        code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, BUILDER, "toString", "()Ljava/lang/String;", false));
        return code;
    }

    private static String recipeOf(InvokeDynamicInsnNode site, int argumentCount) {
        if (site.bsm.getName().equals("makeConcatWithConstants")) {
            return (String) site.bsmArgs[0];
        }
        return String.valueOf(ARGUMENT_TAG).repeat(argumentCount);
    }

    private static void appendLiteral(InsnList code, StringBuilder literal) {
        if (literal.length() > 0) {
            code.add(new LdcInsnNode(literal.toString()));
            append(code, "(Ljava/lang/String;)");
            literal.setLength(0);
        }
    }

    private static void append(InsnList code, String parameters) {
        code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, BUILDER, "append", parameters + "L" + BUILDER + ";", false));
    }

    /** The StringBuilder.append overload javac would pick for a concatenation argument. */
    private static String appendDescriptor(Type type) {
        return switch (type.getSort()) {
            case Type.BOOLEAN -> "(Z)";
            case Type.CHAR -> "(C)";
            case Type.BYTE, Type.SHORT, Type.INT -> "(I)";
            case Type.LONG -> "(J)";
            case Type.FLOAT -> "(F)";
            case Type.DOUBLE -> "(D)";
            default -> type.getDescriptor().equals("Ljava/lang/String;") ? "(Ljava/lang/String;)" : "(Ljava/lang/Object;)";
        };
    }
}
