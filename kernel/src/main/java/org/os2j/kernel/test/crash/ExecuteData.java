package org.os2j.kernel.test.crash;

import org.os2j.kernel.Kernel;
import org.os2j.runtime.intrinsic.Magic;

/** A must-crash kernel: calls into a heap array, which W^X maps no-execute: a #PF (present, instruction fetch). */
public final class ExecuteData {
    private ExecuteData() {
    }

    public static void main(String[] args) {
        Kernel.boot();
        byte[] code = {(byte) 0xC3}; // ret: harmless if it ran
        System.out.println("calling into the heap");
        Magic.callAddress(Magic.arrayElements(code));
        System.out.println("not reached");
    }
}
