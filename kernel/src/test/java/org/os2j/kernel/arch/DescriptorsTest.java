package org.os2j.kernel.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.intrinsic.SimulatedCpu;

/**
 * Descriptor encodings against the Intel SDM's field layouts (Vol. 3A Figures 3-8, 6-8, 8-4),
 * decoded field by field here, and the GDT/TSS as the kernel builds them, on simulated memory.
 */
class DescriptorsTest {
    @AfterEach
    void reset() {
        SimulatedCpu.reset();
    }

    @Test
    void segmentsAreTheFlatOnesOfLongMode() {
        // The well-known flat descriptors: 64-bit code 00AF9A000000FFFF, data 00CF92000000FFFF; DPL 3: FA, F2.
        assertEquals(0x00AF9A000000FFFFL, Descriptors.code64(0));
        assertEquals(0x00CF92000000FFFFL, Descriptors.data(0));
        assertEquals(0x00AFFA000000FFFFL, Descriptors.code64(3));
        assertEquals(0x00CFF2000000FFFFL, Descriptors.data(3));
        assertEquals(0x00CFFA000000FFFFL, Descriptors.code32(3));
    }

    @Test
    void anInterruptGateSplitsItsOffset() {
        long offset = 0xFFFFFFFF80123456L;
        long low = Descriptors.interruptGateLow(offset, 0x08, 2);
        long high = Descriptors.interruptGateHigh(offset);
        assertEquals(0x3456, low & 0xFFFF, "offset 15:0");
        assertEquals(0x08, low >>> 16 & 0xFFFF, "selector");
        assertEquals(2, low >>> 32 & 7, "IST");
        assertEquals(0x8E, low >>> 40 & 0xFF, "P, DPL 0, type 1110 (64-bit interrupt gate)");
        assertEquals(0x8012, low >>> 48 & 0xFFFF, "offset 31:16");
        assertEquals(0xFFFFFFFFL, high, "offset 63:32, reserved bits zero");
    }

    @Test
    void aTssDescriptorSplitsItsBase() {
        long base = 0xFFFFFFFF80ABCDEFL;
        long low = Descriptors.tssLow(base, 103);
        assertEquals(103, low & 0xFFFF, "limit 15:0");
        assertEquals(0xABCDEF, low >>> 16 & 0xFFFFFF, "base 23:0");
        assertEquals(0x89, low >>> 40 & 0xFF, "P, DPL 0, type 1001 (available 64-bit TSS)");
        assertEquals(0, low >>> 48 & 0xF, "limit 19:16");
        assertEquals(0x80, low >>> 56 & 0xFF, "base 31:24");
        assertEquals(0xFFFFFFFFL, Descriptors.tssHigh(base), "base 63:32");
    }

    @Test
    void theGdtIsLoadedWithTheTssAndItsInterruptStacks() {
        long page = 0x7000_0000L;
        Gdt.install(page, new long[] {0x1000, 0x2000, 0x3000, 0x4000});
        long pseudoDescriptor = SimulatedCpu.globalDescriptorTable();
        assertEquals(8 * 8 - 1, Memory.loadShort(pseudoDescriptor) & 0xFFFF, "limit: 8 entries");
        assertEquals(page, Memory.loadLong(pseudoDescriptor + 2), "base");
        assertEquals(Gdt.TSS, SimulatedCpu.taskRegister());
        assertEquals(0, Memory.loadLong(page), "null descriptor");
        assertEquals(Descriptors.code64(0), Memory.loadLong(page + Gdt.KERNEL_CODE));
        assertEquals(Descriptors.code64(3), Memory.loadLong(page + (Gdt.USER_CODE & ~3)));
        long tss = Memory.loadLong(page + Gdt.TSS) >>> 16 & 0xFFFFFF | (Memory.loadLong(page + Gdt.TSS) >>> 56) << 24
                | Memory.loadLong(page + Gdt.TSS + 8) << 32;
        assertEquals(0x3000, Memory.loadLong(tss + 36 + 16), "IST3");
        assertEquals(0x4000, Memory.loadLong(tss + 36 + 24), "IST4");
        assertEquals(104, Memory.loadShort(tss + 102), "no I/O bitmap");
        // SYSRET's layout: user SS = STAR base + 8, user CS = STAR base + 16.
        assertEquals(Gdt.USER_CODE_32 + 8, Gdt.USER_DATA);
        assertEquals(Gdt.USER_CODE_32 + 16, Gdt.USER_CODE);
    }
}
