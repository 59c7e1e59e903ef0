package org.os2j.compiler.frontend;

import static org.objectweb.asm.Opcodes.*;

import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * The helpful NullPointerException messages of JEP 358, computed at compile time from the
 * bytecode, worded as HotSpot 17 words them: "Cannot &lt;action&gt;" for the failing instruction
 * ({@code invoke "String.length()"}, {@code read field "name"}, {@code load from int array}, ...)
 * and, when the null value's origin is one instruction, "because &lt;origin&gt; is null": a local's
 * name from the LocalVariableTable (or {@code <localN>}, {@code <parameterN>}, {@code this}), a
 * static or instance field ({@code "N.root"}, {@code "this.next"}), an array element
 * ({@code "grid[1]"}), {@code "null"}, or {@code the return value of "N.make()"}. HotSpot shortens
 * java.lang.Object and java.lang.String to their simple names.
 */
final class NullPointerMessages {
    private final ClassNode owner;
    private final MethodNode method;
    private Frame<SourceValue>[] frames;

    NullPointerMessages(ClassNode owner, MethodNode method) {
        this.owner = owner;
        this.method = method;
    }

    /**
     * The message for the null check of instruction {@code index} (of the reference it
     * dereferences), or null for instructions that HotSpot gives no message.
     */
    String message(int index) {
        AbstractInsnNode instruction = method.instructions.get(index);
        String action = action(instruction);
        int depthFromTop = switch (instruction.getOpcode()) {
            case INVOKEVIRTUAL, INVOKEINTERFACE, INVOKESPECIAL ->
                    Type.getArgumentTypes(((MethodInsnNode) instruction).desc).length;
            case PUTFIELD, IALOAD, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD -> 1;
            case IASTORE, LASTORE, FASTORE, DASTORE, AASTORE, BASTORE, CASTORE, SASTORE -> 2;
            default -> 0;
        };
        if (action == null) {
            return null;
        }
        String because = null;
        Frame<SourceValue> frame = frames()[index];
        if (frame != null && frame.getStackSize() > depthFromTop) {
            because = origin(frame.getStack(frame.getStackSize() - 1 - depthFromTop), 0);
        }
        return "Cannot " + action + (because == null ? "" : " because " + because + " is null");
    }

    @SuppressWarnings("unchecked")
    private Frame<SourceValue>[] frames() {
        if (frames == null) {
            try {
                frames = new Analyzer<>(new SourceInterpreter()).analyze(owner.name, method);
            } catch (AnalyzerException e) {
                frames = new Frame[method.instructions.size()];
            }
        }
        return frames;
    }

    private static String action(AbstractInsnNode instruction) {
        return switch (instruction.getOpcode()) {
            case IALOAD -> "load from int array";
            case LALOAD -> "load from long array";
            case FALOAD -> "load from float array";
            case DALOAD -> "load from double array";
            case AALOAD -> "load from object array";
            case BALOAD -> "load from byte/boolean array";
            case CALOAD -> "load from char array";
            case SALOAD -> "load from short array";
            case IASTORE -> "store to int array";
            case LASTORE -> "store to long array";
            case FASTORE -> "store to float array";
            case DASTORE -> "store to double array";
            case AASTORE -> "store to object array";
            case BASTORE -> "store to byte/boolean array";
            case CASTORE -> "store to char array";
            case SASTORE -> "store to short array";
            case ARRAYLENGTH -> "read the array length";
            case ATHROW -> "throw exception";
            case MONITORENTER -> "enter synchronized block";
            case MONITOREXIT -> "exit synchronized block";
            case GETFIELD -> "read field \"" + ((FieldInsnNode) instruction).name + "\"";
            case PUTFIELD -> "assign field \"" + ((FieldInsnNode) instruction).name + "\"";
            case INVOKEVIRTUAL, INVOKEINTERFACE, INVOKESPECIAL -> "invoke \"" + methodName((MethodInsnNode) instruction) + "\"";
            default -> null;
        };
    }

    /** Where a value came from, quoted as HotSpot quotes it, or null when that is not one instruction. */
    private String origin(SourceValue value, int depth) {
        if (value.insns.size() != 1 || depth > 5) {
            return null;
        }
        AbstractInsnNode source = value.insns.iterator().next();
        while (source.getOpcode() == CHECKCAST) { // A cast passes its operand through, as HotSpot describes it.
            Frame<SourceValue> frame = frames()[method.instructions.indexOf(source)];
            if (frame == null || frame.getStackSize() == 0
                    || frame.getStack(frame.getStackSize() - 1).insns.size() != 1) {
                return null;
            }
            source = frame.getStack(frame.getStackSize() - 1).insns.iterator().next();
        }
        if (source instanceof MethodInsnNode call) {
            return "the return value of \"" + methodName(call) + "\"";
        }
        String description = describe(source, depth);
        return description == null ? null : "\"" + description + "\"";
    }

    /** The unquoted description of the value {@code source} pushes, or null. */
    private String describe(AbstractInsnNode source, int depth) {
        int index = method.instructions.indexOf(source);
        switch (source.getOpcode()) {
            case ACONST_NULL:
                return "null";
            case ALOAD:
            case ILOAD:
                return localName(((VarInsnNode) source).var, index);
            case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5:
                return String.valueOf(source.getOpcode() - ICONST_0);
            case BIPUSH, SIPUSH:
                return String.valueOf(((IntInsnNode) source).operand);
            case GETSTATIC: {
                FieldInsnNode field = (FieldInsnNode) source;
                return className(field.owner) + "." + field.name;
            }
            case GETFIELD: {
                FieldInsnNode field = (FieldInsnNode) source;
                String object = operand(index, 0, depth);
                return object == null ? field.name : object + "." + field.name;
            }
            case AALOAD: {
                String array = operand(index, 1, depth);
                String element = operand(index, 0, depth);
                return array == null ? null : array + "[" + (element == null ? "..." : element) + "]";
            }
            case CHECKCAST:
                return operand(index, 0, depth);
            default:
                return null;
        }
    }

    /** The description of stack entry {@code depthFromTop} before instruction {@code index}. */
    private String operand(int index, int depthFromTop, int depth) {
        Frame<SourceValue> frame = frames()[index];
        if (frame == null || frame.getStackSize() <= depthFromTop) {
            return null;
        }
        SourceValue value = frame.getStack(frame.getStackSize() - 1 - depthFromTop);
        if (value.insns.size() != 1) {
            return null;
        }
        AbstractInsnNode source = value.insns.iterator().next();
        if (source instanceof MethodInsnNode) {
            return null;
        }
        return describe(source, depth + 1);
    }

    /** A local's name from the LocalVariableTable, else HotSpot's placeholder. */
    private String localName(int slot, int index) {
        if (method.localVariables != null) {
            for (LocalVariableNode local : method.localVariables) {
                int start = method.instructions.indexOf(local.start);
                int end = method.instructions.indexOf(local.end);
                if (local.index == slot && start <= index && index <= end) {
                    return local.name;
                }
            }
        }
        boolean isStatic = (method.access & ACC_STATIC) != 0;
        if (!isStatic && slot == 0) {
            return "this";
        }
        int parameterSlot = isStatic ? 0 : 1;
        Type[] parameters = Type.getArgumentTypes(method.desc);
        for (int i = 0; i < parameters.length; i++) {
            if (parameterSlot == slot) {
                return "<parameter" + (i + 1) + ">";
            }
            parameterSlot += parameters[i].getSize();
        }
        return "<local" + slot + ">";
    }

    private static final Set<String> SHORTENED = Set.of("java.lang.Object", "java.lang.String");

    /** A class name as HotSpot prints it in these messages. */
    private static String className(String internalName) {
        String name = Type.getObjectType(internalName).getClassName();
        return SHORTENED.contains(name) ? name.substring("java.lang.".length()) : name;
    }

    private static String typeName(Type type) {
        if (type.getSort() == Type.ARRAY) {
            return typeName(type.getElementType()) + "[]".repeat(type.getDimensions());
        }
        return type.getSort() == Type.OBJECT ? className(type.getInternalName()) : type.getClassName();
    }

    /** {@code Class.method(Param, Param)} as HotSpot prints an invoked method. */
    private static String methodName(MethodInsnNode call) {
        StringBuilder text = new StringBuilder(className(call.owner)).append('.').append(call.name).append('(');
        Type[] parameters = Type.getArgumentTypes(call.desc);
        for (int i = 0; i < parameters.length; i++) {
            text.append(i == 0 ? "" : ", ").append(typeName(parameters[i]));
        }
        return text.append(')').toString();
    }
}
