package org.os2j.compiler.heap;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Natives and intrinsics the build-time interpreter computes itself, because their results are
 * fixed functions of their arguments: the bits of floating-point values, the correctly rounded
 * square root, the primitive types' Class objects, a heap object's class.
 */
final class PureMethods {
    /** The marker for a call this class does not compute. */
    static final Object NOT_PURE = new Object();

    private PureMethods() {
    }

    static Object apply(MethodInsnNode call, Object[] arguments) {
        if (call.name.equals("getClass") && call.desc.equals("()Ljava/lang/Class;")) {
            return classOf(arguments[0]);
        }
        String method = call.owner + "." + call.name + call.desc;
        return switch (method) {
            case "java/lang/Float.floatToRawIntBits(F)I" -> Float.floatToRawIntBits((Float) arguments[0]);
            case "java/lang/Float.intBitsToFloat(I)F" -> Float.intBitsToFloat((Integer) arguments[0]);
            case "java/lang/Double.doubleToRawLongBits(D)J" -> Double.doubleToRawLongBits((Double) arguments[0]);
            case "java/lang/Double.longBitsToDouble(J)D" -> Double.longBitsToDouble((Long) arguments[0]);
            case "java/lang/Math.sqrt(D)D", "java/lang/StrictMath.sqrt(D)D" -> Math.sqrt((Double) arguments[0]);
            case "java/lang/Class.getPrimitiveClass(Ljava/lang/String;)Ljava/lang/Class;" -> primitiveClass(arguments[0]);
            case "java/lang/Class.desiredAssertionStatus()Z" -> 0;
            case "jdk/internal/misc/Unsafe.arrayIndexScale0(Ljava/lang/Class;)I" -> elementSize(arguments[1]);
            default -> NOT_PURE;
        };
    }

    private static Object primitiveClass(Object name) {
        if (!(name instanceof HeapObject string) || string.literal == null) {
            return NOT_PURE;
        }
        Type type = switch (string.literal) {
            case "boolean" -> Type.BOOLEAN_TYPE;
            case "byte" -> Type.BYTE_TYPE;
            case "char" -> Type.CHAR_TYPE;
            case "short" -> Type.SHORT_TYPE;
            case "int" -> Type.INT_TYPE;
            case "long" -> Type.LONG_TYPE;
            case "float" -> Type.FLOAT_TYPE;
            case "double" -> Type.DOUBLE_TYPE;
            case "void" -> Type.VOID_TYPE;
            default -> null;
        };
        return type == null ? NOT_PURE : new ClassLiteral(type);
    }

    /** The element size of an array class (the substitution reads it from the descriptor). */
    private static Object elementSize(Object type) {
        if (type instanceof ClassLiteral literal && literal.type().getSort() == Type.ARRAY) {
            return org.os2j.compiler.layout.FieldLayout.sizeOf(literal.type().getElementType().getSort() == Type.ARRAY
                    || literal.type().getDimensions() > 1 ? "[" : literal.type().getElementType().getDescriptor());
        }
        return NOT_PURE;
    }

    private static Object classOf(Object receiver) {
        if (receiver instanceof HeapObject object) {
            return new ClassLiteral(object.isArray() ? Type.getType(object.type) : Type.getObjectType(object.type));
        }
        return receiver instanceof ClassLiteral ? new ClassLiteral(Type.getObjectType("java/lang/Class")) : NOT_PURE;
    }
}
