package org.os2j.runtime.linux;

import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.report.UncaughtException;

/** The Linux platform's memory source: anonymous private mappings (mmap(2)), zero-filled. */
public final class LinuxMemory {
    private static final long PROT_READ_WRITE = 0x1 | 0x2;
    private static final long MAP_PRIVATE_ANONYMOUS = 0x02 | 0x20;

    private LinuxMemory() {
    }

    /** Address space only: pages are neither counted against the commit limit nor backed until touched. */
    private static final long MAP_NORESERVE = 0x4000;
    private static final long MADV_DONTNEED = 4;
    private static final long MADVISE = 28;
    private static final long SYSINFO = 99;
    /** struct sysinfo (sysinfo(2)): totalram at offset 32, mem_unit (int32) at offset 104; 112 bytes. */
    private static final int SYSINFO_TOTAL_RAM = 32;
    private static final int SYSINFO_MEMORY_UNIT = 104;
    private static final long PAGE_SIZE = 4096;

    /** {@code bytes} of zero-reading address space for the collected heap, or 0 if the system refuses. */
    public static long reserve(long bytes) {
        long address = LinuxSystemCalls.syscall(LinuxSystemCalls.MMAP, 0, bytes, PROT_READ_WRITE,
                MAP_PRIVATE_ANONYMOUS | MAP_NORESERVE, -1, 0);
        return address < 0 && address > -4096 ? 0 : address;
    }

    /** madvise(MADV_DONTNEED): the pages go back to the system and read as zero when touched again. */
    public static void release(long address, long bytes) {
        long start = address & -PAGE_SIZE;
        long end = (address + bytes + PAGE_SIZE - 1) & -PAGE_SIZE;
        if (end > start) {
            LinuxSystemCalls.syscall(MADVISE, start, end - start, MADV_DONTNEED, 0, 0, 0);
        }
    }

    /** The physical memory (sysinfo(2)'s totalram times mem_unit), 0 if unknown; allocates nothing. */
    public static long physicalMemory() {
        long buffer = LinuxSystemCalls.syscall(LinuxSystemCalls.MMAP, 0, PAGE_SIZE, PROT_READ_WRITE,
                MAP_PRIVATE_ANONYMOUS, -1, 0);
        if (buffer < 0 && buffer > -4096) {
            return 0;
        }
        long total = 0;
        if (LinuxSystemCalls.syscall(SYSINFO, buffer, 0, 0, 0, 0, 0) == 0) {
            total = Memory.loadLong(buffer + SYSINFO_TOTAL_RAM) * Math.max(1, Memory.loadInt(buffer + SYSINFO_MEMORY_UNIT));
        }
        LinuxSystemCalls.syscall(LinuxSystemCalls.MUNMAP, buffer, PAGE_SIZE, 0, 0, 0, 0);
        return total;
    }

    /** {@code bytes} (a multiple of the page size) of fresh zeroed memory; exits if there is none. */
    public static long map(long bytes) {
        long address = LinuxSystemCalls.syscall(LinuxSystemCalls.MMAP, 0, bytes, PROT_READ_WRITE,
                MAP_PRIVATE_ANONYMOUS, -1, 0);
        if (address < 0 && address > -4096) {
            UncaughtException.report("java.lang.OutOfMemoryError", "mmap failed");
        }
        return address;
    }
}
