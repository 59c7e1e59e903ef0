package org.os2j.kernel.mm;

import org.os2j.runtime.KernelLayout;
import org.os2j.runtime.intrinsic.Cpu;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/**
 * The kernel's own page tables, replacing the boot ones: physical memory mapped once at
 * KERNEL_OFFSET (the direct map), writable and never executable, in 2 MiB pages; the image inside
 * it in 4 KiB pages with its segments' permissions, read from its own ELF program headers (loaded
 * with the text): text read-only and executable, read-only data read-only, data and .bss writable,
 * neither executable (W^X). The boot's identity map of the low half is gone, so a stray low
 * pointer faults; so do the kernel stack's guard zones (KernelStackGuard). Turns on CR0.WP (the kernel honours read-only pages) and EFER.NXE (when CPUID
 * says the processor has NX; without it there is no NX to set and the no-execute half of W^X is off).
 */
public final class KernelAddressSpace {
    private static final long CR0_WRITE_PROTECT = 1L << 16;
    private static final int EFER = 0xC0000080;
    private static final long EFER_NO_EXECUTE_ENABLE = 1L << 11;
    private static final int EXTENDED_FEATURES = 0x80000001;
    private static final long CPUID_NO_EXECUTE = 1L << 20;
    // ELF-64 header and program header fields (ELF-64 Object File Format, 3 and 8).
    private static final int E_PHOFF = 0x20;
    private static final int E_PHNUM = 0x38;
    private static final int PROGRAM_HEADER_SIZE = 56;
    private static final int PT_LOAD = 1;
    private static final int PF_X = 1;
    private static final int PF_W = 2;

    private static PageTables tables;
    private static boolean noExecute;

    private KernelAddressSpace() {
    }

    public static void start(FrameAllocator frames, long physicalLimit) {
        noExecute = (Cpu.cpuid(EXTENDED_FEATURES, 3) & CPUID_NO_EXECUTE) != 0;
        if (noExecute) {
            Cpu.writeModelSpecificRegister(EFER, Cpu.readModelSpecificRegister(EFER) | EFER_NO_EXECUTE_ENABLE);
        }
        Cpu.writeControlRegister0(Cpu.readControlRegister0() | CR0_WRITE_PROTECT);
        long dataFlags = PageTableEntry.WRITABLE | (noExecute ? PageTableEntry.NO_EXECUTE : 0);
        tables = new PageTables(frames);
        long imageStart = KernelLayout.physical(Magic.symbol("__executable_start"));
        long imageEnd = KernelLayout.physical(Magic.symbol("_end"));
        long end = (Math.max(physicalLimit, imageEnd) + PageTableEntry.LARGE_PAGE_SIZE - 1) & -PageTableEntry.LARGE_PAGE_SIZE;
        for (long block = 0; block < end; block += PageTableEntry.LARGE_PAGE_SIZE) {
            if (block + PageTableEntry.LARGE_PAGE_SIZE <= imageStart || block >= imageEnd) {
                tables.mapLarge(KernelLayout.virtual(block), block, dataFlags);
                continue;
            }
            for (long page = block; page < block + PageTableEntry.LARGE_PAGE_SIZE; page += PageTableEntry.PAGE_SIZE) {
                if (KernelStackGuard.isGuardPage(page)) {
                    continue; // the boot stack's red and yellow zones (KernelStackGuard)
                }
                long flags = page >= imageStart && page < imageEnd ? imageFlags(KernelLayout.virtual(page)) : dataFlags;
                tables.map(KernelLayout.virtual(page), page, flags);
            }
        }
        tables.activate();
        KernelStackGuard.start(dataFlags);
    }

    /** The active kernel page tables. */
    public static PageTables tables() {
        return tables;
    }

    /** Whether pages can be made non-executable on this processor. */
    public static boolean hasNoExecute() {
        return noExecute;
    }

    /** A page of the image: its segment's permissions; a page no segment covers is read-only. */
    private static long imageFlags(long virtual) {
        long header = Magic.symbol("__executable_start");
        long programHeaders = header + Memory.loadLong(header + E_PHOFF);
        int count = Memory.loadShort(header + E_PHNUM) & 0xFFFF;
        long noExecuteFlag = noExecute ? PageTableEntry.NO_EXECUTE : 0;
        for (int i = 0; i < count; i++) {
            long segment = programHeaders + (long) i * PROGRAM_HEADER_SIZE;
            long start = Memory.loadLong(segment + 16) & -PageTableEntry.PAGE_SIZE;
            long end = Memory.loadLong(segment + 16) + Memory.loadLong(segment + 40);
            if (Memory.loadInt(segment) == PT_LOAD && virtual >= start && virtual < end) {
                int flags = Memory.loadInt(segment + 4);
                return ((flags & PF_W) != 0 ? PageTableEntry.WRITABLE : 0) | ((flags & PF_X) != 0 ? 0 : noExecuteFlag);
            }
        }
        return noExecuteFlag;
    }
}
