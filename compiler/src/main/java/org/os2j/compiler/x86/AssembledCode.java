package org.os2j.compiler.x86;

import java.util.List;
import org.os2j.compiler.object.Relocation;

/**
 * The output of {@link Assembler#finish()}: the machine code and the relocations against
 * symbols outside it, with offsets relative to the first byte of {@code code}.
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
