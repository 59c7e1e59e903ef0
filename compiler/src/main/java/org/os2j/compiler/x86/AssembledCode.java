package org.os2j.compiler.x86;

import java.util.List;
import org.os2j.compiler.object.Relocation;

/**
 * The output of {@link Assembler#finish()}: the machine code and the relocations against
 * symbols outside it, with offsets relative to the first byte of {@code code}. Relocated fields
 * hold zero; the value is {@code addend} plus the symbol (ELF RELA style, System V x86-64 psABI
 * 4.4 "Relocation"), and PC-relative addends already include the distance from the field to the
 * end of the instruction (Intel SDM Vol. 2, 2.2.1.6 "RIP-Relative Addressing"). Relocations are
 * in increasing offset order.
 */
public record AssembledCode(byte[] code, List<Relocation> relocations) {
    public AssembledCode {
        code = code.clone();
        relocations = List.copyOf(relocations);
    }

    @Override
    public byte[] code() {
        return code.clone();
    }

    /** The code length in bytes. */
    public int size() {
        return code.length;
    }
}
