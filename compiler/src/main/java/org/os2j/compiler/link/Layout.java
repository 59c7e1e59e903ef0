package org.os2j.compiler.link;

import java.util.ArrayList;
import java.util.List;
import org.os2j.compiler.elf.Elf;
import org.os2j.compiler.elf.ElfHeader;
import org.os2j.compiler.elf.ProgramHeader;

/**
 * Assigns virtual addresses and file offsets to the allocated output sections and groups them
 * into PT_LOAD segments (ELF-64 Object File Format §8; psABI §5.1 "Program Loading").
 *
 * <p>Requires sections in output order with NOBITS sections last among those of equal
 * permissions, and a page-aligned base address. Guarantees:
 * <ul>
 *   <li>the ELF header and program header table sit at file offset 0 / {@code baseAddress}, at the
 *       start of the first segment, so the first section starts within the first page (a Multiboot
 *       header at the start of {@code .text} is within the first 8 KiB);</li>
 *   <li>consecutive non-empty sections with equal permissions share a segment; each later segment
 *       starts on a fresh page in both the file and memory, so every segment has exact permissions
 *       and {@code p_offset == p_vaddr} modulo {@code p_align};</li>
 *   <li>every section's address and offset are multiples of its alignment; a NOBITS section lies
 *       past its segment's file size, which the loader zero-fills;</li>
 *   <li>empty sections get an address (where they would start) but never cause a segment.</li>
 * </ul>
 */
final class Layout {
    private final long baseAddress;
    private final long pageSize;

    /** The outcome: the segments, the size of the headers and the end of the loaded file image. */
    record Result(List<Segment> segments, long headersSize, long fileEnd) {
    }

    Layout(long baseAddress, long pageSize) {
        if (baseAddress % pageSize != 0) {
            throw new IllegalArgumentException("base address is not page-aligned");
        }
        this.baseAddress = baseAddress;
        this.pageSize = pageSize;
    }

    /**
     * Places {@code sections}, reserving room for one program header per segment plus
     * {@code extraProgramHeaders} (e.g. PT_GNU_STACK) after the ELF header.
     */
    Result assign(List<OutputSection> sections, int extraProgramHeaders) {
        int loads = Math.max(1, countSegments(sections));
        long headersSize = ElfHeader.SIZE + (long) (loads + extraProgramHeaders) * ProgramHeader.SIZE;

        List<Segment> segments = new ArrayList<>();
        Open open = new Open(0, baseAddress);
        open.fileEnd = headersSize;
        open.memoryEnd = baseAddress + headersSize;
        for (OutputSection section : sections) {
            if (section.size() > 0) {
                int flags = Elf.segmentFlags(section.flags());
                if (open.flags != 0 && startsSegment(open.flags, open.endsInNobits, flags, section)) {
                    segments.add(open.close(pageSize));
                    long alignment = Math.max(pageSize, section.alignment());
                    open = new Open(Elf.alignUp(open.fileEnd, alignment), Elf.alignUp(open.memoryEnd, alignment));
                }
                open.flags = flags;
                open.endsInNobits = section.isNobits();
            }
            long address = Elf.alignUp(open.memoryEnd, section.alignment());
            if (section.isNobits()) {
                section.place(address, open.fileEnd);
            } else {
                long offset = open.fileOffset + (address - open.virtualAddress);
                section.place(address, offset);
                open.fileEnd = offset + section.size();
            }
            open.memoryEnd = address + section.size();
        }
        if (open.flags == 0) {
            open.flags = Elf.PF_R;
        }
        segments.add(open.close(pageSize));
        return new Result(List.copyOf(segments), headersSize, open.fileEnd);
    }

    private static int countSegments(List<OutputSection> sections) {
        int count = 0;
        int flags = 0;
        boolean endsInNobits = false;
        for (OutputSection section : sections) {
            if (section.size() == 0) {
                continue;
            }
            int sectionFlags = Elf.segmentFlags(section.flags());
            if (count == 0 || startsSegment(flags, endsInNobits, sectionFlags, section)) {
                count++;
            }
            flags = sectionFlags;
            endsInNobits = section.isNobits();
        }
        return count;
    }

    /** A new segment starts on a change of permissions, or for file contents after zero-fill. */
    private static boolean startsSegment(int openFlags, boolean openEndsInNobits, int flags, OutputSection next) {
        return flags != openFlags || (openEndsInNobits && !next.isNobits());
    }

    /** The segment being filled. */
    private static final class Open {
        final long fileOffset;
        final long virtualAddress;
        long fileEnd;
        long memoryEnd;
        int flags;
        boolean endsInNobits;

        Open(long fileOffset, long virtualAddress) {
            this.fileOffset = fileOffset;
            this.virtualAddress = virtualAddress;
            this.fileEnd = fileOffset;
            this.memoryEnd = virtualAddress;
        }

        Segment close(long pageSize) {
            return new Segment(flags, fileOffset, virtualAddress, fileEnd - fileOffset, memoryEnd - virtualAddress,
                    pageSize);
        }
    }
}
