package org.os2j.compiler.object;

/**
 * The x86-64 relocation kinds os2j emits, with their ELF numbers (System V x86-64 psABI, table
 * "Relocation Types"). S is the symbol's address, A the addend, P the address of the patched field.
 */
public enum RelocationType {
    /** S + A, 64-bit field: absolute addresses in data (constant objects, descriptors). */
    ABSOLUTE_64(1, 8),
    /** S + A - P, 32-bit field: RIP-relative operands and branches to other sections. */
    PC_RELATIVE_32(2, 4),
    /** L + A - P, 32-bit field: call targets; os2j links statically so L = S. */
    PLT_32(4, 4),
    /** Base + A, 64-bit field, produced by the linker for position-independent images. */
    RELATIVE(8, 8),
    /** S + A zero-extended into 32 bits: absolute addresses in the low 4 GiB (boot code). */
    ABSOLUTE_32(10, 4),
    /** S + A sign-extended from 32 bits: absolute addresses used as disp32/imm32. */
    ABSOLUTE_32_SIGNED(11, 4);

    /** The r_type value of this kind in an ELF64 RELA entry. */
    public final int elfType;
    /** The width in bytes of the field this relocation patches. */
    public final int fieldSize;

    RelocationType(int elfType, int fieldSize) {
        this.elfType = elfType;
        this.fieldSize = fieldSize;
    }
}
