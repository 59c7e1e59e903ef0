package org.os2j.kernel.mm;

import org.os2j.runtime.KernelLayout;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.kernel.InterruptFrame;
import org.os2j.runtime.kernel.StackGuard;
import org.os2j.runtime.unwind.StackOverflows;

/**
 * StackOverflowError on the kernel stack, as the linux target gets it (runtime StackLayout): the
 * boot stack's lowest page is the red zone, never mapped; the {@link #YELLOW_PAGES} pages above it
 * are the yellow zone, unmapped until a stack probe faults there. The page-fault handler (on its
 * own interrupt stack) then maps the yellow zone and edits the interrupted frame so that IRETQ
 * resumes as if the probe had called StackOverflows.raise, with the yellow zone as the stack for
 * creating and unwinding the error. The runtime closes the zone again (unmaps it) when a handler
 * clear of it catches the error. Reaching the red zone is a kernel panic.
 */
public final class KernelStackGuard extends StackGuard {
    public static final int YELLOW_PAGES = 8;
    private static final long PAGE = PageTableEntry.PAGE_SIZE;

    private static boolean open;
    private static long pageFlags;

    private KernelStackGuard() {
    }

    /** Installs the guard once the kernel's page tables leave the zones unmapped. */
    static void start(long dataFlags) {
        pageFlags = dataFlags;
        StackGuard.install(new KernelStackGuard());
    }

    /** The red zone: the boot stack's lowest page. */
    public static long redPage() {
        return (Magic.symbol("os2j.bootStack") + PAGE - 1) & -PAGE;
    }

    public static long yellowStart() {
        return redPage() + PAGE;
    }

    public static long yellowEnd() {
        return yellowStart() + YELLOW_PAGES * PAGE;
    }

    /** Whether {@code address} is in the red zone. */
    public static boolean isRed(long address) {
        return address >= redPage() && address < yellowStart();
    }

    /** Whether the page at physical {@code page} belongs to a guard zone (left unmapped at start). */
    static boolean isGuardPage(long page) {
        long virtual = KernelLayout.virtual(page);
        return virtual >= redPage() && virtual < yellowEnd();
    }

    /**
     * A page fault at {@code address}: when a probe faulted in the closed yellow zone, opens it,
     * makes the frame resume in StackOverflows.raise and returns true; otherwise false.
     */
    public static boolean redirectOverflow(long frame, long address) {
        if (open || address < yellowStart() || address >= yellowEnd()) {
            return false;
        }
        long instruction = InterruptFrame.instructionPointer(frame);
        if (!StackOverflows.isProbe(instruction)) {
            return false;
        }
        PageTables tables = KernelAddressSpace.tables();
        for (long page = yellowStart(); page < yellowEnd(); page += PAGE) {
            tables.map(page, KernelLayout.physical(page), pageFlags);
        }
        open = true;
        InterruptFrame.setStackPointer(frame,
                StackOverflows.pushProbeReturn(InterruptFrame.stackPointer(frame), instruction));
        InterruptFrame.setInstructionPointer(frame, StackOverflows.raiseAddress());
        return true;
    }

    @Override
    protected void reguard() {
        if (open && StackOverflows.isClearOf(yellowEnd())) {
            PageTables tables = KernelAddressSpace.tables();
            for (long page = yellowStart(); page < yellowEnd(); page += PAGE) {
                tables.unmap(page);
            }
            open = false;
        }
    }
}
