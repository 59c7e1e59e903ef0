package org.os2j.kernel.test.crash;

import org.os2j.kernel.Kernel;
import org.os2j.runtime.intrinsic.Memory;

/**
 * A must-crash kernel (its own image): after booting, reads an address no page maps (1 GiB, just
 * past the boot mapping). The page-fault handler must report vector 14, CR2 and a backtrace naming
 * these methods, and stop with the panic status.
 */
public final class PageFault {
    /** Just past the 1 GiB the boot page tables map. */
    static final long UNMAPPED = 1L << 30;

    private PageFault() {
    }

    public static void main(String[] args) {
        Kernel.boot();
        System.out.println("reading 0x" + Long.toHexString(UNMAPPED));
        System.out.println(readUnmapped(UNMAPPED));
        System.out.println("not reached");
    }

    static long readUnmapped(long address) {
        return Memory.loadLong(address);
    }
}
