package org.os2j.compiler.link;

import java.util.Arrays;
import org.os2j.compiler.elf.Elf;
import org.os2j.compiler.object.SectionKind;

/**
 * One allocated section of the output image (gABI "Sections"): its ELF type and flags, contents
 * (none for SHT_NOBITS), alignment, and — once {@link Layout} has run — its virtual address and
 * file offset. Sections merged from modules also record where each module's contribution starts;
 * linker-made sections (e.g. a future {@code .rela.dyn}) have no {@link #kind()} and no
 * contributions. Requires {@link #place} before {@link #address()}/{@link #fileOffset()} are read
 * (they throw otherwise); contents stay mutable only so relocations can be applied in place.
 */
final class OutputSection {
    private final String name;
    private final SectionKind kind;
    private final int type;
    private final long flags;
    private final long alignment;
    private final byte[] contents;
    private final long size;
    private final long[] contributions;
    /** Any 64-bit value once placed (a kernel's addresses are negative as Java longs). */
    private long address;
    private long fileOffset = -1;
    private boolean placed;

    OutputSection(String name, SectionKind kind, int type, long flags, long alignment, byte[] contents,
                  long size, long[] contributions) {
        this.name = name;
        this.kind = kind;
        this.type = type;
        this.flags = flags;
        this.alignment = alignment;
        this.contents = contents;
        this.size = size;
        this.contributions = contributions;
    }

    /** A section made by the linker itself, holding {@code contents}. */
    static OutputSection synthetic(String name, int type, long flags, long alignment, byte[] contents) {
        return new OutputSection(name, null, type, flags, alignment, contents, contents.length, new long[0]);
    }

    String name() {
        return name;
    }

    /** The kind merged into this section, or {@code null} for a linker-made section. */
    SectionKind kind() {
        return kind;
    }

    int type() {
        return type;
    }

    long flags() {
        return flags;
    }

    long alignment() {
        return alignment;
    }

    long size() {
        return size;
    }

    boolean isNobits() {
        return type == Elf.SHT_NOBITS;
    }

    /** The contents, mutable so relocations can be applied in place (empty for NOBITS). */
    byte[] contents() {
        return contents;
    }

    /** A copy of the contents. */
    byte[] contentsCopy() {
        return Arrays.copyOf(contents, contents.length);
    }

    /** Where module {@code module}'s section of this kind starts inside this one, or -1 if it has none. */
    long contributionOffset(int module) {
        return module < contributions.length ? contributions[module] : -1;
    }

    long address() {
        if (!placed) {
            throw new IllegalStateException(name + " has not been laid out");
        }
        return address;
    }

    long fileOffset() {
        if (fileOffset < 0) {
            throw new IllegalStateException(name + " has not been laid out");
        }
        return fileOffset;
    }

    long endAddress() {
        return address() + size;
    }

    void place(long address, long fileOffset) {
        this.address = address;
        this.fileOffset = fileOffset;
        this.placed = true;
    }

    @Override
    public String toString() {
        return name + "[size=0x" + Long.toHexString(size) + ", addr=0x" + Long.toHexString(address) + "]";
    }
}
