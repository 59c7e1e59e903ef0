package org.os2j.kernel.test.crash;

import org.os2j.kernel.Kernel;
import org.os2j.kernel.mm.VirtualMemory;
import org.os2j.runtime.intrinsic.Memory;

/** A must-crash kernel: writes one page past a 4-page region, into its guard page. */
public final class GuardPage {
    private GuardPage() {
    }

    public static void main(String[] args) {
        Kernel.boot();
        long region = VirtualMemory.allocate(4);
        Memory.storeLong(region + 3 * 4096, 1); // the last page: fine
        System.out.println("writing past the end of a region");
        Memory.storeLong(region + 4 * 4096, 1);
        System.out.println("not reached");
    }
}
