package org.os2j.compiler.object;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The growing contents of one section of one module: bytes (none for {@link SectionKind#BSS}, which
 * only has a size), the largest alignment requested so far, and the relocations against it.
 *
 * <p>Requires alignments that are powers of two. Guarantees that every {@link #append} and
 * {@link #reserve} returns an offset that is a multiple of its alignment, that padding is
 * {@link SectionKind#paddingByte()}, and that {@link #alignment()} is the maximum alignment seen
 * (at least 1). Relocation offsets are checked against the final size by
 * {@link ObjectModule#validate()}, so code may record a relocation before emitting its bytes.
 */
public final class Section {
    private final SectionKind kind;
    private byte[] data = new byte[0];
    private long size;
    private int alignment = 1;
    private final List<Relocation> relocations = new ArrayList<>();

    public Section(SectionKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public SectionKind kind() {
        return kind;
    }

    /** The section name, e.g. {@code .text}. */
    public String name() {
        return kind.sectionName();
    }

    /** The largest alignment of anything appended or reserved (1 when nothing was). */
    public int alignment() {
        return alignment;
    }

    /** The size in bytes, including BSS space that has no stored bytes. */
    public long size() {
        return size;
    }

    /**
     * Pads to {@code alignment}, then appends {@code bytes}; returns the offset of the first byte.
     * On BSS only all-zero bytes are accepted (they only grow the size).
     */
    public long append(byte[] bytes, int alignment) {
        Objects.requireNonNull(bytes, "bytes");
        if (!kind.hasContents()) {
            for (byte b : bytes) {
                if (b != 0) {
                    throw new IllegalStateException(name() + " holds no bytes; use reserve()");
                }
            }
            return reserve(bytes.length, alignment);
        }
        long start = alignTo(alignment);
        ensureCapacity(start + bytes.length);
        System.arraycopy(bytes, 0, data, (int) start, bytes.length);
        size = start + bytes.length;
        return start;
    }

    /**
     * Pads to {@code alignment}, then grows the section by {@code size} bytes (zeros where bytes are
     * stored); returns the offset of the reserved space.
     */
    public long reserve(long size, int alignment) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        long start = alignTo(alignment);
        if (kind.hasContents()) {
            ensureCapacity(start + size);
        }
        this.size = start + size;
        return start;
    }

    /** Overwrites {@code bytes.length} bytes at {@code offset}, which must lie inside the section. */
    public void patch(long offset, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (!kind.hasContents()) {
            throw new IllegalStateException(name() + " holds no bytes to patch");
        }
        if (offset < 0 || offset + bytes.length > size) {
            throw new IndexOutOfBoundsException("patch of " + bytes.length + " bytes at " + offset
                    + " outside " + name() + " of size " + size);
        }
        System.arraycopy(bytes, 0, data, (int) offset, bytes.length);
    }

    /** Records a relocation; its offset is relative to the start of this section. */
    public void addRelocation(Relocation relocation) {
        Objects.requireNonNull(relocation, "relocation");
        if (!kind.hasContents()) {
            throw new IllegalStateException(name() + " holds no bytes to relocate");
        }
        if (relocation.type() == RelocationType.RELATIVE) {
            throw new IllegalArgumentException("RELATIVE relocations are produced by the linker only");
        }
        relocations.add(relocation);
    }

    /** The relocations in the order they were added (an unmodifiable view). */
    public List<Relocation> relocations() {
        return Collections.unmodifiableList(relocations);
    }

    /** A copy of the stored bytes ({@link #size()} of them; empty for BSS). */
    public byte[] bytes() {
        return kind.hasContents() ? Arrays.copyOf(data, (int) size) : new byte[0];
    }

    /** Pads the section to a multiple of {@code alignment} and returns the new size. */
    private long alignTo(int alignment) {
        if (alignment <= 0 || Integer.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("alignment must be a power of two: " + alignment);
        }
        this.alignment = Math.max(this.alignment, alignment);
        long aligned = (size + alignment - 1) & -(long) alignment;
        if (kind.hasContents() && aligned > size) {
            ensureCapacity(aligned);
            Arrays.fill(data, (int) size, (int) aligned, kind.paddingByte());
        }
        size = aligned;
        return aligned;
    }

    private void ensureCapacity(long needed) {
        if (needed > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(name() + " would exceed 2 GiB");
        }
        if (needed > data.length) {
            data = Arrays.copyOf(data, (int) Math.max(needed, Math.min(Integer.MAX_VALUE - 8L,
                    Math.max(256L, data.length * 2L))));
        }
    }

    @Override
    public String toString() {
        return name() + "[size=" + size + ", align=" + alignment + ", relocations=" + relocations.size() + "]";
    }
}
