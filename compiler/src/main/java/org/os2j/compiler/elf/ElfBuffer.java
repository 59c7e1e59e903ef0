package org.os2j.compiler.elf;

import java.util.Arrays;

/**
 * A growable little-endian byte buffer for assembling ELF files (ELF-64 §2: ELFDATA2LSB files
 * store multi-byte fields least significant byte first). Writes happen at absolute offsets, so a
 * structure can be reserved first and filled field by field from its layout constants; any gap
 * that is never written reads as zero.
 */
public final class ElfBuffer {
    private byte[] data = new byte[1024];
    private int size;

    /** The current size, i.e. the offset at which the next {@link #reserve} starts. */
    public int size() {
        return size;
    }

    /** Grows the buffer by {@code length} zero bytes and returns the offset of the first. */
    public int reserve(long length) {
        int start = size;
        ensure(start + length);
        size = (int) (start + length);
        return start;
    }

    /** Zero-pads to a multiple of {@code alignment} and returns the new size. */
    public int align(long alignment) {
        long aligned = Elf.alignUp(size, alignment);
        reserve(aligned - size);
        return size;
    }

    /** Appends {@code bytes} and returns their offset. */
    public int append(byte[] bytes) {
        int start = reserve(bytes.length);
        System.arraycopy(bytes, 0, data, start, bytes.length);
        return start;
    }

    public void putU8(int offset, int value) {
        check(offset, 1);
        data[offset] = (byte) value;
    }

    public void putU16(int offset, int value) {
        if ((value & ~0xFFFF) != 0) {
            throw new IllegalArgumentException("value does not fit 16 bits: " + value);
        }
        putLittleEndian(offset, value, 2);
    }

    public void putU32(int offset, long value) {
        if ((value & ~0xFFFF_FFFFL) != 0 && (int) value != value) {
            throw new IllegalArgumentException("value does not fit 32 bits: " + value);
        }
        putLittleEndian(offset, value, 4);
    }

    public void putU64(int offset, long value) {
        putLittleEndian(offset, value, 8);
    }

    public void putBytes(int offset, byte[] bytes) {
        check(offset, bytes.length);
        System.arraycopy(bytes, 0, data, offset, bytes.length);
    }

    /** The bytes written so far. */
    public byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    /** Writes the low {@code width} bytes of {@code value} at {@code offset} of {@code target}, LSB first. */
    public static void putLittleEndian(byte[] target, int offset, long value, int width) {
        for (int i = 0; i < width; i++) {
            target[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    private void putLittleEndian(int offset, long value, int width) {
        check(offset, width);
        putLittleEndian(data, offset, value, width);
    }

    private void check(int offset, int width) {
        if (offset < 0 || offset + width > size) {
            throw new IndexOutOfBoundsException("write of " + width + " bytes at " + offset + " beyond " + size);
        }
    }

    private void ensure(long needed) {
        if (needed > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("ELF file would exceed 2 GiB");
        }
        if (needed > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(needed, data.length * 2L)));
        }
    }
}
