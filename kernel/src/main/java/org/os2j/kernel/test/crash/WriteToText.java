package org.os2j.kernel.test.crash;

import org.os2j.kernel.Kernel;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/** A must-crash kernel: writes into its own code, which W^X maps read-only: a #PF (present, write). */
public final class WriteToText {
    private WriteToText() {
    }

    public static void main(String[] args) {
        Kernel.boot();
        System.out.println("writing to the kernel's code");
        overwrite(Magic.symbol("_etext") - 16);
        System.out.println("not reached");
    }

    static void overwrite(long address) {
        Memory.storeByte(address, (byte) 0xCC);
    }
}
