package org.os2j.kernel.arch;

import org.os2j.runtime.intrinsic.Cpu;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.kernel.Interrupts;

/**
 * The IDT: 256 interrupt gates (Intel SDM Vol. 3A, 6.14.1) to the compiler-generated entries
 * (runtime kernel/Interrupts.entry), all ring 0; #DF, NMI, #MC and #PF run on their own
 * interrupt stacks (so no page fault may happen while one is handled: it would reuse the stack). Interrupt gates clear IF, so handlers run with interrupts off.
 */
final class Idt {
    private static final int VECTORS = 256;
    private static final int GATE_SIZE = 16;
    private static final int NMI = 2;
    private static final int DOUBLE_FAULT = 8;
    private static final int MACHINE_CHECK = 18;
    private static final int PAGE_FAULT = 14;

    private Idt() {
    }

    /** Builds the IDT in {@code page} (4 KiB) and its pseudo-descriptor at {@code pseudoDescriptor}, and loads it. */
    static void install(long page, long pseudoDescriptor) {
        for (int vector = 0; vector < VECTORS; vector++) {
            int stack = vector == DOUBLE_FAULT ? Gdt.DOUBLE_FAULT_STACK : vector == NMI ? Gdt.NMI_STACK
                    : vector == MACHINE_CHECK ? Gdt.MACHINE_CHECK_STACK : vector == PAGE_FAULT ? Gdt.PAGE_FAULT_STACK : 0;
            long entry = Interrupts.entry(vector);
            Memory.storeLong(page + (long) vector * GATE_SIZE, Descriptors.interruptGateLow(entry, Gdt.KERNEL_CODE, stack));
            Memory.storeLong(page + (long) vector * GATE_SIZE + 8, Descriptors.interruptGateHigh(entry));
        }
        Memory.storeShort(pseudoDescriptor, (short) (VECTORS * GATE_SIZE - 1));
        Memory.storeLong(pseudoDescriptor + 2, page);
        Cpu.loadInterruptDescriptorTable(pseudoDescriptor);
    }
}
