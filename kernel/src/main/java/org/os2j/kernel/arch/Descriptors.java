package org.os2j.kernel.arch;

/**
 * The bit layouts of the descriptors the kernel builds, declared once (Intel SDM Vol. 3A): code
 * and data segment descriptors (3.4.5, Figure 3-8), the 16-byte 64-bit TSS descriptor (8.2.3,
 * Figure 8-4) and the 16-byte 64-bit interrupt gate (6.14.1, Figure 6-8). Pure functions of their
 * arguments, tested on the host.
 */
public final class Descriptors {
    /** Access byte: present, DPL 0, code or data (S), and the type bits. */
    private static final long PRESENT = 1L << 47;
    private static final long CODE_OR_DATA = 1L << 44;
    private static final long EXECUTABLE = 1L << 43;
    private static final long READABLE_OR_WRITABLE = 1L << 41;
    private static final int DPL_SHIFT = 45;
    /** Flags: 64-bit code (L), 32-bit default size (D/B), limit in 4 KiB units (G). */
    private static final long LONG_MODE = 1L << 53;
    private static final long DEFAULT_32 = 1L << 54;
    private static final long GRANULARITY_4K = 1L << 55;
    private static final long LIMIT_4G = 0xFFFFL | 0xFL << 48;
    private static final int AVAILABLE_64_BIT_TSS = 0x9;
    private static final int INTERRUPT_GATE = 0xE;

    private Descriptors() {
    }

    /** A 64-bit code segment for {@code privilege} (0 kernel, 3 user). */
    public static long code64(int privilege) {
        return PRESENT | CODE_OR_DATA | EXECUTABLE | READABLE_OR_WRITABLE | (long) privilege << DPL_SHIFT | LONG_MODE
                | GRANULARITY_4K | LIMIT_4G;
    }

    /** A 32-bit code segment (the slot SYSRET's layout keeps for 32-bit user code; unused). */
    public static long code32(int privilege) {
        return PRESENT | CODE_OR_DATA | EXECUTABLE | READABLE_OR_WRITABLE | (long) privilege << DPL_SHIFT | DEFAULT_32
                | GRANULARITY_4K | LIMIT_4G;
    }

    /** A writable data segment for {@code privilege}. */
    public static long data(int privilege) {
        return PRESENT | CODE_OR_DATA | READABLE_OR_WRITABLE | (long) privilege << DPL_SHIFT | DEFAULT_32
                | GRANULARITY_4K | LIMIT_4G;
    }

    /** The low 8 bytes of an available 64-bit TSS descriptor for a TSS at {@code base} of {@code limit} + 1 bytes. */
    public static long tssLow(long base, int limit) {
        return (limit & 0xFFFFL) | (base & 0xFFFFFFL) << 16 | (long) AVAILABLE_64_BIT_TSS << 40 | PRESENT
                | (long) (limit >>> 16 & 0xF) << 48 | (base >>> 24 & 0xFFL) << 56;
    }

    /** The high 8 bytes: bits 63:32 of the base. */
    public static long tssHigh(long base) {
        return base >>> 32;
    }

    /** The low 8 bytes of a DPL-0 interrupt gate to {@code offset} through {@code selector}, stack {@code ist} (0: none). */
    public static long interruptGateLow(long offset, int selector, int ist) {
        return (offset & 0xFFFFL) | (long) (selector & 0xFFFF) << 16 | (long) (ist & 7) << 32
                | (long) INTERRUPT_GATE << 40 | PRESENT | (offset >>> 16 & 0xFFFFL) << 48;
    }

    /** The high 8 bytes: bits 63:32 of the offset. */
    public static long interruptGateHigh(long offset) {
        return offset >>> 32;
    }
}
