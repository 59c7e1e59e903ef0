package org.os2j.kernel;

import org.os2j.kernel.mm.FrameAllocator;
import org.os2j.kernel.mm.KernelAddressSpace;
import org.os2j.kernel.mm.PhysicalMemory;
import org.os2j.runtime.KernelLayout;
import org.os2j.runtime.intrinsic.Cpu;
import org.os2j.runtime.kernel.BootInformation;
import org.os2j.runtime.kernel.KernelMemory;

/** The boot log lines of the subsystems the platform layer starts before main. */
final class BootReport {
    private static final long MEBIBYTE = 1 << 20;

    private BootReport() {
    }

    static void console() {
        System.out.println("console: COM1, 115200 baud 8N1, mirrored on the VGA text screen");
    }

    /**
     * The last boot line: the time-stamp counter when boot is done, which under QEMU with
     * {@code -icount shift=0,sleep=off} counts the guest instructions since power-on, firmware
     * included (bench/kernel reads it).
     */
    static void done() {
        System.out.println("boot: done at time-stamp " + Cpu.readTimeStampCounter());
    }

    static void interrupts() {
        System.out.println("interrupts: 8259 PICs at vectors 0x30-0x3f, PIT at 1000 Hz, PS/2 keyboard on IRQ 1, "
                + "COM1 input on IRQ 4");
    }

    static void frames() {
        FrameAllocator frames = PhysicalMemory.frames();
        System.out.println("frames: buddy allocator over " + PhysicalMemory.regions()
                + (PhysicalMemory.regions() == 1 ? " range" : " ranges") + " of the memory map, "
                + frames.freeFrames() * FrameAllocator.FRAME_SIZE / MEBIBYTE + " MiB free; the Java heap takes frames");
    }

    static void paging() {
        System.out.println("paging: kernel tables, direct map of " + PhysicalMemory.limit() / MEBIBYTE
                + " MiB, image W^X" + (KernelAddressSpace.hasNoExecute() ? "" : " (no NX on this processor: W only)")
                + ", low half unmapped, 1 GiB region window with guard pages and demand paging");
    }

    /** The wall clock, as seconds since the epoch (the prompt has no date formatting yet). */
    static void time(long epochMillis) {
        System.out.println("time: real-time clock read, " + epochMillis / 1000 + " s since 1970 (UTC)");
    }

    static void memory() {
        System.out.println("memory: " + BootInformation.memoryEnd() / MEBIBYTE + " MiB from Multiboot "
                + BootInformation.protocol() + ", kernel at 0x"
                + Long.toHexString(KernelLayout.virtual(KernelLayout.PHYSICAL_LOAD_ADDRESS)) + ", heap from physical 0x"
                + Long.toHexString(BootInformation.freeStart()) + " (" + KernelMemory.available() / MEBIBYTE + " MiB free)");
    }
}
