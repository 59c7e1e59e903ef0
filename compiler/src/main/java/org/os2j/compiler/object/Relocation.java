package org.os2j.compiler.object;

import java.util.Objects;

/**
 * A request to patch {@code type.fieldSize} bytes at {@code offset} (relative to the start of the
 * code or section that holds the list) with the address of {@code symbol} plus {@code addend}.
 * For PC-relative kinds the addend already accounts for the distance from the field to the end of
 * the instruction (typically -4), as in ELF RELA entries.
 */
public record Relocation(long offset, RelocationType type, String symbol, long addend) {
    public Relocation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(symbol, "symbol");
        if (offset < 0) {
            throw new IllegalArgumentException("negative relocation offset " + offset);
        }
    }

    /** This relocation moved by {@code delta} bytes, for code copied into a larger section. */
    public Relocation shiftedBy(long delta) {
        return new Relocation(offset + delta, type, symbol, addend);
    }
}
