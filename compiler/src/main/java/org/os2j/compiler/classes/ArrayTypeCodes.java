package org.os2j.compiler.classes;

import org.objectweb.asm.Opcodes;

/** The element types {@code newarray} names by code (JVMS 6.5 newarray, Table 6.5.newarray-A). */
public final class ArrayTypeCodes {
    private ArrayTypeCodes() {
    }

    /** The field descriptor of the element type {@code code} names (T_BOOLEAN to T_LONG). */
    public static String elementDescriptor(int code) {
        return switch (code) {
            case Opcodes.T_BOOLEAN -> "Z";
            case Opcodes.T_CHAR -> "C";
            case Opcodes.T_FLOAT -> "F";
            case Opcodes.T_DOUBLE -> "D";
            case Opcodes.T_BYTE -> "B";
            case Opcodes.T_SHORT -> "S";
            case Opcodes.T_INT -> "I";
            case Opcodes.T_LONG -> "J";
            default -> throw new IllegalArgumentException("no newarray type code " + code);
        };
    }
}
