package org.os2j.compiler.x86;

import org.os2j.compiler.object.RelocationType;

/**
 * A field whose value is not known when it is emitted: a relocation against a symbol (passed
 * through to {@link AssembledCode#relocations()}), a PC-relative reference to a label of the same
 * assembler, or a label address/difference in data; label fields are patched by
 * {@link CodeLayout} once labels have their final offsets. Offsets are relative to the start of
 * the instruction or data item that holds the field. The fields are the disp32, imm32/imm64 and
 * rel32 fields of Intel SDM Vol. 2, 2.1 "Instruction Format" (Figure 2-1) and 2.2.1.6
 * "RIP-Relative Addressing".
 */
sealed interface Fixup {
    /** The offset of the field within the instruction. */
    int offset();

    /** Moves the field by {@code delta} bytes (the instruction's position in the code buffer). */
    Fixup shiftedBy(int delta);

    /** A relocation of {@code type} against {@code symbol + addend} (the addend already PC-adjusted). */
    record SymbolReference(int offset, RelocationType type, String symbol, long addend) implements Fixup {
        @Override
        public Fixup shiftedBy(int delta) {
            return new SymbolReference(offset + delta, type, symbol, addend);
        }
    }

    /**
     * A 32-bit field holding {@code label + addend - end}, where {@code end} is the offset of the
     * end of the instruction (RIP at execution), in the same coordinates as {@code offset}.
     */
    record LabelRelative(int offset, Label label, long addend, int end) implements Fixup {
        @Override
        public Fixup shiftedBy(int delta) {
            return new LabelRelative(offset + delta, label, addend, end + delta);
        }
    }

    /**
     * An absolute address of {@code label + addend}: a relocation of {@code type} (ABSOLUTE_64, or
     * ABSOLUTE_32 for 32-bit code and boot headers) against the code's own symbol.
     */
    record LabelAddress(int offset, Label label, String codeSymbol, long addend, RelocationType type)
            implements Fixup {
        @Override
        public Fixup shiftedBy(int delta) {
            return new LabelAddress(offset + delta, label, codeSymbol, addend, type);
        }
    }

    /** A 4-byte signed {@code target - base} (position-independent jump tables). */
    record LabelDifference(int offset, Label target, Label base) implements Fixup {
        @Override
        public Fixup shiftedBy(int delta) {
            return new LabelDifference(offset + delta, target, base);
        }
    }
}
