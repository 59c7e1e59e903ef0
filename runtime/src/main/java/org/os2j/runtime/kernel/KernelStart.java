package org.os2j.runtime.kernel;

import org.os2j.runtime.substitutions.SystemSubstitutions;
import org.os2j.runtime.intrinsic.Magic;

/**
 * The Java side of the kernel target's start: the boot code (compiler backend/KernelBoot) calls
 * {@link #start} in 64-bit mode, in the higher half, on the boot stack, with SSE enabled. Brings up
 * the console and the heap, runs the JDK's System.initPhase1 (SystemSubstitutions.startUp), runs the kernel's {@code main} and powers off with status 0 when it
 * returns, as {@code System.exit(0)}. Uncaught exceptions end in
 * {@code org.os2j.runtime.report.UncaughtException}, which prints them and exits with status 1.
 */
public final class KernelStart {
    private KernelStart() {
    }

    /**
     * @param magic       EAX from the loader: which Multiboot protocol booted the kernel
     * @param information EBX from the loader: the physical address of its boot information
     */
    public static void start(long magic, long information) {
        Serial.initialize();
        VgaText.clear();
        BootInformation.read(magic, information);
        KernelMemory.initialize(BootInformation.freeStart(), BootInformation.memoryEnd());
        SystemSubstitutions.startUp();
        Magic.invokeMain(new String[0]);
        System.exit(0);
    }
}
