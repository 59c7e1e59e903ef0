package org.os2j.compiler.x86;

import java.io.ByteArrayOutputStream;

/**
 * Encodes the ModR/M byte, the SIB byte and the displacement for one r/m operand (Intel SDM Vol.
 * 2, 2.1.3 "ModR/M and SIB Bytes", 2.1.5 "Addressing-Mode Encoding of ModR/M and SIB Bytes",
 * Tables 2-2 and 2-3, and 2.2.1.6 "RIP-Relative Addressing"). The 64-bit-mode special cases:
 * <ul>
 *   <li>r/m = 100b (RSP, R12) as a base means "SIB follows", so those bases always take a SIB
 *       byte with index = 100b (none);</li>
 *   <li>mod = 00 with r/m = 101b (RBP, R13) means RIP + disp32, and SIB base = 101b with mod = 00
 *       means "no base, disp32", so RBP/R13 bases with no displacement use mod = 01, disp8 = 0;</li>
 *   <li>an absolute [disp32] therefore needs SIB with base = 101b and index = 100b;</li>
 *   <li>SIB index = 100b means "no index", so RSP cannot be an index (R12 can, via REX.X).</li>
 * </ul>
 * Displacements that fit a signed byte use disp8 (mod = 01), others disp32 (mod = 10), as GNU as
 * does; displacements named by a symbol or label are always disp32.
 */
final class ModRmEncoder {
    private ModRmEncoder() {
    }

    /**
     * The encoded ModR/M, SIB and displacement bytes.
     *
     * @param bytes              the ModR/M byte, the optional SIB byte and the displacement
     * @param displacementOffset the index in {@code bytes} of a disp32 that needs a relocation
     *                           or a label fix-up, or -1
     */
    record Encoded(byte[] bytes, int displacementOffset) {
    }

    /**
     * Encodes {@code rm} with {@code reg} (0-15: a register number or a /digit) in the reg field,
     * recording the REX.R, REX.X and REX.B bits in {@code rex}.
     */
    static Encoded encode(int reg, Operand rm, Rex rex) {
        rex.reg(reg);
        ByteArrayOutputStream out = new ByteArrayOutputStream(6);
        int regBits = (reg & 7) << 3;
        int rmNumber = registerNumber(rm);
        if (rmNumber >= 0) {
            rex.base(rmNumber);
            out.write(0xC0 | regBits | (rmNumber & 7));
            return new Encoded(out.toByteArray(), -1);
        }
        if (!(rm instanceof Memory memory)) {
            throw new IllegalArgumentException("not a register or memory operand: " + rm);
        }
        boolean relocated = memory.hasRelocatedDisplacement();
        long disp = relocated ? 0 : memory.displacement();
        if (memory.ripRelative()) {
            out.write(regBits | 0b101);
            int offset = out.size();
            writeDisp32(out, disp);
            return new Encoded(out.toByteArray(), relocated ? offset : -1);
        }
        Register base = memory.base();
        Register index = memory.index();
        if (base == null) {
            // mod = 00, r/m = 100 (SIB), SIB.base = 101: [index*scale + disp32] or [disp32].
            out.write(regBits | 0b100);
            int indexBits = 0b100;
            if (index != null) {
                rex.index(index.number());
                indexBits = index.number() & 7;
            }
            out.write(scaleBits(memory.scale()) << 6 | indexBits << 3 | 0b101);
            int offset = out.size();
            writeDisp32(out, disp);
            return new Encoded(out.toByteArray(), relocated ? offset : -1);
        }
        rex.base(base.number());
        int mod;
        if (relocated || !OperandPattern.fitsSigned(disp, 8)) {
            mod = 0b10;
        } else if (disp == 0 && (base.number() & 7) != 0b101) {
            mod = 0b00;
        } else {
            mod = 0b01;
        }
        if (index == null && (base.number() & 7) != 0b100) {
            out.write(mod << 6 | regBits | (base.number() & 7));
        } else {
            out.write(mod << 6 | regBits | 0b100);
            int indexBits = 0b100;
            if (index != null) {
                rex.index(index.number());
                indexBits = index.number() & 7;
            }
            out.write(scaleBits(memory.scale()) << 6 | indexBits << 3 | (base.number() & 7));
        }
        int offset = out.size();
        if (mod == 0b01) {
            out.write((int) disp);
        } else if (mod == 0b10) {
            writeDisp32(out, disp);
        }
        return new Encoded(out.toByteArray(), relocated ? offset : -1);
    }

    /** The number of a register operand, or -1 for memory. */
    static int registerNumber(Operand operand) {
        if (operand instanceof Register r) {
            return r.number();
        } else if (operand instanceof XmmRegister x) {
            return x.number();
        } else if (operand instanceof ControlRegister c) {
            return c.number();
        }
        return -1;
    }

    private static int scaleBits(int scale) {
        return switch (scale) {
            case 1 -> 0;
            case 2 -> 1;
            case 4 -> 2;
            case 8 -> 3;
            default -> throw new IllegalArgumentException("bad scale " + scale);
        };
    }

    private static void writeDisp32(ByteArrayOutputStream out, long disp) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (disp >>> (8 * i)));
        }
    }
}
