package org.os2j.runtime.intrinsic;

import org.os2j.runtime.annotation.Intrinsic;

/**
 * Processor instructions for the kernel (Intel SDM Vol. 2 and 3A), expanded inline by the compiler
 * (backend/CpuSelection). The bodies here run on HotSpot against {@link SimulatedCpu}, so kernel
 * code that uses them also runs in JUnit. Addresses are kernel (virtual) addresses.
 */
public final class Cpu {
    private Cpu() {
    }

    /**
     * RDTSC: the time-stamp counter, EDX:EAX as one long. Under QEMU with {@code -icount shift=0}
     * it counts guest instructions (plus idle time skipped while halted).
     */
    @Intrinsic
    public static long readTimeStampCounter() {
        return ++SimulatedCpu.timeStamp;
    }

    /**
     * CPUID with EAX = {@code leaf}, ECX = 0: register {@code register} of the answer (0 EAX, 1 EBX,
     * 2 ECX, 3 EDX; a constant), zero-extended.
     */
    @Intrinsic
    public static long cpuid(int leaf, int register) {
        return SimulatedCpu.cpuid.getOrDefault(leaf * 4L + register, 0L);
    }

    /** CLI: maskable interrupts off. */
    @Intrinsic
    public static void disableInterrupts() {
        SimulatedCpu.interruptsEnabled = false;
    }

    /** STI: maskable interrupts on (after the next instruction). */
    @Intrinsic
    public static void enableInterrupts() {
        SimulatedCpu.interruptsEnabled = true;
    }

    /** STI; HLT: waits for the next interrupt with none lost in between (STI's one-instruction shadow). */
    @Intrinsic
    public static void waitForInterrupt() {
        SimulatedCpu.interruptsEnabled = true;
        SimulatedCpu.halts++;
    }

    /** INT3: a breakpoint exception (vector 3), which returns to the next instruction. */
    @Intrinsic
    public static void breakpoint() {
        SimulatedCpu.breakpoints++;
    }

    /** HLT: stops until an interrupt (forever with interrupts off). */
    @Intrinsic
    public static void halt() {
        SimulatedCpu.halts++;
    }

    /** MOV from CR0, CR2 (the last page-fault address), CR3 (the page-table root) or CR4. */
    @Intrinsic
    public static long readControlRegister0() {
        return SimulatedCpu.controlRegisters[0];
    }

    @Intrinsic
    public static long readControlRegister2() {
        return SimulatedCpu.controlRegisters[2];
    }

    @Intrinsic
    public static long readControlRegister3() {
        return SimulatedCpu.controlRegisters[3];
    }

    @Intrinsic
    public static long readControlRegister4() {
        return SimulatedCpu.controlRegisters[4];
    }

    /** MOV to CR0, CR3 (switches page tables and flushes non-global TLB entries) or CR4. */
    @Intrinsic
    public static void writeControlRegister0(long value) {
        SimulatedCpu.controlRegisters[0] = value;
    }

    @Intrinsic
    public static void writeControlRegister3(long value) {
        SimulatedCpu.controlRegisters[3] = value;
    }

    @Intrinsic
    public static void writeControlRegister4(long value) {
        SimulatedCpu.controlRegisters[4] = value;
    }

    /** INVLPG: drops the TLB entry of the page holding {@code address}. */
    @Intrinsic
    public static void invalidatePage(long address) {
        SimulatedCpu.invalidated.add(address);
    }

    /** RDMSR: the model-specific register {@code register}. */
    @Intrinsic
    public static long readModelSpecificRegister(int register) {
        return SimulatedCpu.modelSpecificRegisters.getOrDefault(register, 0L);
    }

    /** WRMSR. */
    @Intrinsic
    public static void writeModelSpecificRegister(int register, long value) {
        SimulatedCpu.modelSpecificRegisters.put(register, value);
    }

    /** LGDT from the 10-byte pseudo-descriptor (limit, base) at {@code pseudoDescriptor}. */
    @Intrinsic
    public static void loadGlobalDescriptorTable(long pseudoDescriptor) {
        SimulatedCpu.globalDescriptorTable = pseudoDescriptor;
    }

    /** LIDT from the 10-byte pseudo-descriptor at {@code pseudoDescriptor}. */
    @Intrinsic
    public static void loadInterruptDescriptorTable(long pseudoDescriptor) {
        SimulatedCpu.interruptDescriptorTable = pseudoDescriptor;
    }

    /** LTR: the task register, from the TSS descriptor at {@code selector}. */
    @Intrinsic
    public static void loadTaskRegister(int selector) {
        SimulatedCpu.taskRegister = selector;
    }

    /**
     * Reloads CS with {@code codeSelector} (a far return) and DS, ES, FS, GS and SS with
     * {@code dataSelector}, after a new GDT is loaded.
     */
    @Intrinsic
    public static void reloadSegments(int codeSelector, int dataSelector) {
        SimulatedCpu.codeSegment = codeSelector;
        SimulatedCpu.dataSegment = dataSelector;
    }
}
