package org.os2j.compiler.ir;

/**
 * The shape of a LOAD or STORE: {@code width} bytes at base + index * scale + displacement, sign-
 * or zero-extended to the result kind on loads (byte and short sign-extend, char zero-extends:
 * JVMS baload/caload/saload).
 */
public record MemoryAccess(int width, boolean signExtend, int scale, long displacement) {
    public MemoryAccess {
        if (width != 1 && width != 2 && width != 4 && width != 8) {
            throw new IllegalArgumentException("width " + width);
        }
        if (scale != 1 && scale != 2 && scale != 4 && scale != 8) {
            throw new IllegalArgumentException("scale " + scale);
        }
    }

    public static MemoryAccess field(int width, boolean signExtend, long displacement) {
        return new MemoryAccess(width, signExtend, 1, displacement);
    }

    @Override
    public String toString() {
        return (signExtend ? "s" : "u") + (width * 8) + (scale != 1 ? " *" + scale : "")
                + (displacement != 0 ? " +" + displacement : "");
    }
}
