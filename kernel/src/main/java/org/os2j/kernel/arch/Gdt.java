package org.os2j.kernel.arch;

import org.os2j.runtime.intrinsic.Cpu;
import org.os2j.runtime.intrinsic.Memory;

/**
 * The kernel's GDT and TSS, replacing the boot GDT. The selectors are in the order SYSCALL and
 * SYSRET need (Intel SDM Vol. 2B, SYSRET; STAR's SYSRET base is USER_CODE_32): kernel code, kernel
 * data, user code (32-bit, unused), user data, user code (64-bit), then the TSS. The TSS (SDM Vol.
 * 3A, 8.7 "Task Management in 64-bit Mode") holds RSP0, the stack for entering ring 0 from user
 * mode, and the interrupt stacks IST1-IST4 for #DF, NMI, #MC and #PF, which must not run on a
 * stack that may be the broken one (a page fault may be the kernel stack's overflow).
 */
public final class Gdt {
    public static final int KERNEL_CODE = 0x08;
    public static final int KERNEL_DATA = 0x10;
    public static final int USER_CODE_32 = 0x18 | 3;
    public static final int USER_DATA = 0x20 | 3;
    public static final int USER_CODE = 0x28 | 3;
    public static final int TSS = 0x30;
    /** Interrupt stack numbers (the IST field of a gate). */
    public static final int DOUBLE_FAULT_STACK = 1;
    public static final int NMI_STACK = 2;
    public static final int MACHINE_CHECK_STACK = 3;
    /** Page faults too: one may come from the kernel stack's guard page, with no stack left to run on. */
    public static final int PAGE_FAULT_STACK = 4;

    private static final int ENTRIES = 8;
    private static final int TSS_SIZE = 104;
    private static final int TSS_RSP0 = 4;
    private static final int TSS_IST1 = 36;
    private static final int TSS_IO_MAP_BASE = 102;
    private static final int INTERRUPT_STACK_SIZE = 32 * 1024;

    /** The TSS, once installed. */
    private static long tssAddress;

    private Gdt() {
    }

    /** Builds the GDT and TSS in {@code page} (4 KiB, zeroed), loads them and reloads every segment register. */
    static void install(long page, long[] interruptStacks) {
        long gdt = page;
        long tss = page + 256;
        long pseudoDescriptor = page + 512;
        Memory.storeLong(gdt + KERNEL_CODE, Descriptors.code64(0));
        Memory.storeLong(gdt + KERNEL_DATA, Descriptors.data(0));
        Memory.storeLong(gdt + (USER_CODE_32 & ~3), Descriptors.code32(3));
        Memory.storeLong(gdt + (USER_DATA & ~3), Descriptors.data(3));
        Memory.storeLong(gdt + (USER_CODE & ~3), Descriptors.code64(3));
        Memory.storeLong(gdt + TSS, Descriptors.tssLow(tss, TSS_SIZE - 1));
        Memory.storeLong(gdt + TSS + 8, Descriptors.tssHigh(tss));
        for (int i = 0; i < interruptStacks.length; i++) {
            Memory.storeLong(tss + TSS_IST1 + 8L * i, interruptStacks[i]);
        }
        Memory.storeShort(tss + TSS_IO_MAP_BASE, (short) TSS_SIZE); // no I/O permission bitmap
        Memory.storeShort(pseudoDescriptor, (short) (ENTRIES * 8 - 1));
        Memory.storeLong(pseudoDescriptor + 2, gdt);
        Cpu.loadGlobalDescriptorTable(pseudoDescriptor);
        Cpu.reloadSegments(KERNEL_CODE, KERNEL_DATA);
        Cpu.loadTaskRegister(TSS);
        tssAddress = tss;
    }

    /** Sets RSP0, the stack the processor switches to when an interrupt or exception arrives in user mode. */
    public static void setKernelStack(long top) {
        Memory.storeLong(tssAddress + TSS_RSP0, top);
    }

    static int interruptStackSize() {
        return INTERRUPT_STACK_SIZE;
    }
}
