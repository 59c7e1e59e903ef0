package org.os2j.compiler.ir;

/**
 * An immediate value, held as its bits: INT and FLOAT as the 32-bit pattern sign-extended to a
 * long, LONG and DOUBLE as the 64-bit pattern (IEEE 754 binary32/binary64 encodings for the
 * floating kinds, so NaN payloads and -0.0 survive), REFERENCE only as 0 (null). Printed as
 * {@code 42:i32}, {@code 1.5:f64}, {@code null}; a floating value whose decimal form would not give
 * back the same bits (a NaN other than the canonical one) as {@code 0x7ff0000000000001:f64}.
 */
public record Constant(Kind kind, long bits) implements Value {
    public static Constant ofInt(int value) {
        return new Constant(Kind.INT, value);
    }

    public static Constant ofLong(long value) {
        return new Constant(Kind.LONG, value);
    }

    public static Constant ofFloat(float value) {
        return new Constant(Kind.FLOAT, Float.floatToRawIntBits(value));
    }

    public static Constant ofDouble(double value) {
        return new Constant(Kind.DOUBLE, Double.doubleToRawLongBits(value));
    }

    public static Constant nullReference() {
        return new Constant(Kind.REFERENCE, 0);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case REFERENCE -> "null";
            case FLOAT -> {
                float value = Float.intBitsToFloat((int) bits);
                yield (Float.floatToRawIntBits(value) == Float.floatToRawIntBits(Float.parseFloat(Float.toString(value)))
                        ? Float.toString(value) : "0x" + Integer.toHexString((int) bits)) + ":" + kind.textName;
            }
            case DOUBLE -> {
                double value = Double.longBitsToDouble(bits);
                yield (bits == Double.doubleToRawLongBits(Double.parseDouble(Double.toString(value)))
                        ? Double.toString(value) : "0x" + Long.toHexString(bits)) + ":" + kind.textName;
            }
            default -> bits + ":" + kind.textName;
        };
    }
}
