package org.os2j.compiler.link;

import org.os2j.compiler.elf.Elf;
import org.os2j.compiler.elf.ProgramHeader;

/**
 * A loadable segment chosen by {@link Layout}: permissions ({@code PF_*}), file range and memory
 * range (ELF-64 Object File Format §8). {@code memorySize > fileSize} means the tail is zero-filled
 * at load time. Layout guarantees {@code fileOffset == virtualAddress} modulo {@code alignment}.
 */
record Segment(int flags, long fileOffset, long virtualAddress, long fileSize, long memorySize, long alignment) {
    /** The PT_LOAD program header of this segment, loaded at {@code virtualAddress - physicalOffset}. */
    ProgramHeader programHeader(long physicalOffset) {
        return new ProgramHeader(Elf.PT_LOAD, flags, fileOffset, virtualAddress, virtualAddress - physicalOffset,
                fileSize, memorySize, alignment);
    }
}
