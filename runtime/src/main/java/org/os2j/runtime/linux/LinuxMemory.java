package org.os2j.runtime.linux;

import org.os2j.runtime.report.UncaughtException;

/** The Linux platform's memory source: anonymous private mappings (mmap(2)), zero-filled. */
public final class LinuxMemory {
    private static final long PROT_READ_WRITE = 0x1 | 0x2;
    private static final long MAP_PRIVATE_ANONYMOUS = 0x02 | 0x20;

    private LinuxMemory() {
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
