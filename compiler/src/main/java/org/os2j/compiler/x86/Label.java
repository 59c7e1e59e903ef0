package org.os2j.compiler.x86;

/**
 * A position in the code of one {@link Assembler}, created by {@link Assembler#newLabel()} and
 * fixed by {@link Assembler#bind(Label)}. Branches may refer to a label before it is bound; the
 * displacement (Intel SDM Vol. 2, "JMP"/"Jcc": rel8 or rel32, relative to the next instruction)
 * is filled in by {@link Assembler#finish()} (see {@code CodeLayout}). Opaque to users: its final
 * offset is read with {@link Assembler#offsetOf(Label)}.
 */
public final class Label {
    final Assembler owner;
    final int id;
    /** Offset into the fixed-byte stream where the label is bound, or -1 while unbound. */
    int rawOffset = -1;
    /** How many variable-size items (branches, alignment) precede the label. */
    int itemsBefore;
    /** The final offset, set by finish(); -1 before. */
    int finalOffset = -1;

    Label(Assembler owner, int id) {
        this.owner = owner;
        this.id = id;
    }

    boolean isBound() {
        return rawOffset >= 0;
    }

    @Override
    public String toString() {
        return "L" + id + (isBound() ? "" : " (unbound)");
    }
}
