package org.os2j.compiler.ir;

import org.objectweb.asm.Type;

/**
 * The machine-level kind of an IR value. Java's boolean, byte, char and short are INT in registers
 * (JVMS 2.11.1: they are computational type int); their width matters only in memory accesses and
 * in the explicit narrowing conversions. REFERENCE is a 64-bit object address, 0 for null.
 *
 * <p>Invariant kept by the backend: an INT held in a 64-bit register has its upper 32 bits zero
 * (every 32-bit x86-64 operation zero-extends its destination), so a bounds-checked int index can
 * be used directly in a 64-bit address.
 */
public enum Kind {
    INT("i32", 4), LONG("i64", 8), FLOAT("f32", 4), DOUBLE("f64", 8), REFERENCE("ref", 8);

    /** The name used in the IR text form. */
    public final String textName;
    /** The size in bytes of a value of this kind in a register or stack slot. */
    public final int size;

    Kind(String textName, int size) {
        this.textName = textName;
        this.size = size;
    }

    /** The kind of a JVM type, or null for void. */
    public static Kind of(Type type) {
        return switch (type.getSort()) {
            case Type.VOID -> null;
            case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> INT;
            case Type.LONG -> LONG;
            case Type.FLOAT -> FLOAT;
            case Type.DOUBLE -> DOUBLE;
            default -> REFERENCE;
        };
    }

    public boolean isFloatingPoint() {
        return this == FLOAT || this == DOUBLE;
    }

    /** Whether values of this kind take two JVM stack or local slots (JVMS 2.6.1). */
    public boolean isCategory2() {
        return this == LONG || this == DOUBLE;
    }
}
