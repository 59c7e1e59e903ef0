package org.os2j.kernel.arch;

import org.os2j.runtime.kernel.Interrupts;
import org.os2j.runtime.kernel.KernelMemory;

/**
 * The processor's tables, set up once at boot: the GDT with kernel and user segments and a TSS
 * whose interrupt stacks serve #DF, NMI, #MC and #PF, then the IDT, with the CPU-exception
 * handler installed. Interrupts stay disabled: no device is programmed yet.
 */
public final class Arch {
    private static final int PAGE = 4096;

    private Arch() {
    }

    public static void start() {
        long tables = KernelMemory.map(2 * PAGE);
        long[] interruptStacks = new long[Gdt.PAGE_FAULT_STACK];
        for (int i = 0; i < interruptStacks.length; i++) {
            interruptStacks[i] = KernelMemory.map(Gdt.interruptStackSize()) + Gdt.interruptStackSize();
        }
        Gdt.install(tables, interruptStacks);
        Interrupts.install(new CpuExceptions());
        Idt.install(tables + PAGE, tables + 1024);
        System.out.println("arch: GDT with kernel and user segments, TSS with 4 interrupt stacks, IDT for 256 vectors");
    }

    /** Breakpoints the exception handler has seen (in-kernel tests). */
    public static int breakpoints() {
        return CpuExceptions.breakpoints;
    }

    /** What the breakpoint handler last computed with SSE registers (in-kernel tests). */
    public static double breakpointWork() {
        return CpuExceptions.breakpointWork;
    }
}
