package org.os2j.kernel.arch;

import org.os2j.kernel.mm.KernelStackGuard;
import org.os2j.kernel.mm.VirtualMemory;
import org.os2j.runtime.intrinsic.Cpu;
import org.os2j.runtime.kernel.InterruptFrame;
import org.os2j.runtime.kernel.InterruptHandler;

/**
 * The kernel's CPU-exception handler: a page fault that demand paging resolves resumes; a
 * breakpoint (#BP, INT3) is counted and execution goes on; any other CPU exception is fatal and reported with its name, error code, RIP, CR2 and a
 * symbolized backtrace (Intel SDM Vol. 3A, Table 6-1); other vectors are not enabled yet, so one
 * arriving is reported as unexpected.
 */
public final class CpuExceptions implements InterruptHandler {
    private static final int BREAKPOINT = 3;
    private static final int PAGE_FAULT = 14;
    private static final String[] NAMES = {
        "#DE divide error", "#DB debug", "NMI", "#BP breakpoint", "#OF overflow", "#BR bound range exceeded",
        "#UD invalid opcode", "#NM device not available", "#DF double fault", "coprocessor segment overrun",
        "#TS invalid TSS", "#NP segment not present", "#SS stack-segment fault", "#GP general protection",
        "#PF page fault", "reserved", "#MF x87 floating-point error", "#AC alignment check", "#MC machine check",
        "#XM SIMD floating-point exception", "#VE virtualization exception", "#CP control protection",
    };

    /** Breakpoints handled so far. */
    static int breakpoints;
    /** Computed by the breakpoint handler with SSE registers, so tests see the entry preserve them. */
    static double breakpointWork;

    @Override
    public void handle(long frame) {
        int vector = InterruptFrame.vector(frame);
        if (vector == PAGE_FAULT && (KernelStackGuard.redirectOverflow(frame, Cpu.readControlRegister2())
                || VirtualMemory.handlePageFault(Cpu.readControlRegister2(), InterruptFrame.errorCode(frame)))) {
            return;
        }
        if (vector == BREAKPOINT) {
            breakpoints++;
            breakpointWork = Math.sqrt(breakpoints + 0.25) * 3.0;
            return;
        }
        StringBuilder report = new StringBuilder();
        if (vector < 32) {
            report.append("CPU exception ").append(vector).append(" (")
                    .append(vector < NAMES.length ? NAMES[vector] : "reserved").append("), error code 0x")
                    .append(Long.toHexString(InterruptFrame.errorCode(frame)));
        } else {
            report.append("unexpected interrupt ").append(vector);
        }
        report.append("\n  RIP 0x").append(Long.toHexString(InterruptFrame.instructionPointer(frame)))
                .append("  RSP 0x").append(Long.toHexString(InterruptFrame.stackPointer(frame)))
                .append("  RFLAGS 0x").append(Long.toHexString(InterruptFrame.flags(frame)))
                .append("  CS 0x").append(Long.toHexString(InterruptFrame.codeSegment(frame)));
        if (vector == PAGE_FAULT) {
            long address = Cpu.readControlRegister2();
            report.append("  CR2 0x").append(Long.toHexString(address));
            if (KernelStackGuard.isRed(address)) {
                report.append("\n  (the kernel stack's red zone: a stack overflow while handling one)");
            } else if (VirtualMemory.isUnallocatedWindowPage(address)) {
                report.append("\n  (a guard page or unallocated page of the kernel's region window)");
            }
        }
        report.append('\n');
        Backtrace.print(report, InterruptFrame.instructionPointer(frame), InterruptFrame.stackPointer(frame),
                InterruptFrame.framePointer(frame));
        Panic.stop(report.toString());
    }
}
