package org.os2j.kernel;

import org.os2j.kernel.arch.Arch;
import org.os2j.kernel.console.Prompt;
import org.os2j.kernel.interrupts.Devices;
import org.os2j.kernel.interrupts.InterruptRouter;
import org.os2j.kernel.mm.KernelAddressSpace;
import org.os2j.kernel.mm.PhysicalMemory;
import org.os2j.kernel.mm.VirtualMemory;
import org.os2j.kernel.time.RealTimeClock;
import org.os2j.runtime.intrinsic.Cpu;
import org.os2j.runtime.kernel.Interrupts;

/**
 * The kernel. {@link #boot} is the boot order, one subsystem per line, each printing one line when
 * it is up. Before {@code main} runs, the kernel target's platform layer (runtime/kernel/KernelStart)
 * has already entered long mode in the higher half, started the serial console and given the Java
 * heap the memory above the image; interrupts, the frame and region allocators, paging and the
 * continuation scheduler join the list as they land (docs/KERNEL.md).
 */
public final class Kernel {
    private Kernel() {
    }

    public static void main(String[] args) {
        boot();
        int lines = new Prompt().run();
        System.out.println("os2j: end of input after " + lines + " lines; powering off");
    }

    /** The boot order. */
    public static void boot() {
        System.out.println("os2j kernel");
        BootReport.console();
        BootReport.memory();
        PhysicalMemory.start();
        BootReport.frames();
        Arch.start();
        KernelAddressSpace.start(PhysicalMemory.frames(), PhysicalMemory.limit());
        VirtualMemory.start(PhysicalMemory.frames(), KernelAddressSpace.tables(), KernelAddressSpace.hasNoExecute());
        BootReport.paging();
        Devices.start();
        long wallClock = RealTimeClock.start();
        Interrupts.install(new InterruptRouter());
        Cpu.enableInterrupts();
        BootReport.interrupts();
        BootReport.time(wallClock);
        BootReport.done();
    }
}
