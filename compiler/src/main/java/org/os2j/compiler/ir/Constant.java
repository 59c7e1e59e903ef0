package org.os2j.compiler.ir;

/** An immediate value: INT and LONG bits, or REFERENCE 0 (null). Printed as {@code 42:i32}. */
public record Constant(Kind kind, long bits) implements Value {
    public static Constant ofInt(int value) {
        return new Constant(Kind.INT, value);
    }

    public static Constant ofLong(long value) {
        return new Constant(Kind.LONG, value);
    }

    public static Constant nullReference() {
        return new Constant(Kind.REFERENCE, 0);
    }

    @Override
    public String toString() {
        if (kind == Kind.REFERENCE) {
            return "null";
        }
        return bits + ":" + kind.textName;
    }
}
