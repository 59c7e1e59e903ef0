package org.os2j.kernel.test;

import org.os2j.kernel.arch.Arch;
import org.os2j.kernel.mm.FrameAllocator;
import org.os2j.kernel.mm.KernelAddressSpace;
import org.os2j.kernel.mm.PageTableEntry;
import org.os2j.kernel.mm.PageTables;
import org.os2j.kernel.mm.PhysicalMemory;
import org.os2j.kernel.mm.VirtualMemory;
import org.os2j.runtime.CallSiteLayout;
import org.os2j.runtime.KernelLayout;
import org.os2j.runtime.intrinsic.Cpu;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.kernel.BootInformation;
import org.os2j.runtime.kernel.KernelClock;
import org.os2j.runtime.kernel.KernelMemory;
import org.os2j.runtime.kernel.VgaText;

/** The in-kernel tests, in the order they run. */
final class KernelTests {
    private KernelTests() {
    }

    static KernelTest[] all() {
        return new KernelTest[] {
            new KernelTest("boot information: memory above the image, from a Multiboot loader") {
                @Override
                void run() {
                    int protocol = BootInformation.protocol();
                    check(protocol == 1 || protocol == 2, "protocol " + protocol);
                    check(BootInformation.memoryEnd() > BootInformation.freeStart(), "no free memory");
                    check(BootInformation.freeStart() % 4096 == 0, "free memory not page-aligned");
                }
            },
            new KernelTest("heap: 4 MiB of arrays come from frames and keep their contents") {
                @Override
                void run() {
                    long usedBefore = KernelMemory.heapBytes();
                    long freeBefore = PhysicalMemory.frames().freeFrames();
                    int[][] blocks = new int[64][];
                    for (int i = 0; i < blocks.length; i++) {
                        blocks[i] = new int[16 * 1024];
                        blocks[i][blocks[i].length - 1] = i;
                    }
                    long sum = 0;
                    for (int[] block : blocks) {
                        sum += block[block.length - 1] + block[0];
                    }
                    checkEquals(63 * 64 / 2, sum);
                    check(KernelMemory.heapBytes() - usedBefore >= 4L << 20, "the heap did not grow");
                    check(freeBefore - PhysicalMemory.frames().freeFrames() >= 1024, "the frames did not go to the heap");
                }
            },
            new KernelTest("exceptions: thrown three frames down, caught with the trace of kernel methods") {
                @Override
                void run() {
                    try {
                        Frames.outer(3);
                        check(false, "no exception");
                    } catch (IllegalStateException e) {
                        checkEquals("depth 0", e.getMessage());
                        StackTraceElement[] trace = e.getStackTrace();
                        checkEquals("inner", trace[0].getMethodName());
                        checkEquals("org.os2j.kernel.test.Frames", trace[0].getClassName());
                        check(trace[0].getLineNumber() > 0, "no line number");
                    }
                }
            },
            new KernelTest("implicit exceptions: helpful NullPointerException, array bounds") {
                @Override
                void run() {
                    try {
                        Frames.length(null);
                        check(false, "no exception");
                    } catch (NullPointerException e) {
                        check(e.getMessage().startsWith("Cannot invoke \"String.length()\" because "), e.getMessage());
                    }
                    try {
                        int[] small = new int[2];
                        small[Frames.two()] = 1;
                        check(false, "no exception");
                    } catch (ArrayIndexOutOfBoundsException e) {
                        checkEquals("Index 2 out of bounds for length 2", e.getMessage());
                    }
                }
            },
            new KernelTest("SSE: double and float arithmetic, square root, printing") {
                @Override
                void run() {
                    double x = Frames.two() / 3.0;
                    checkEquals("0.6666666666666666", String.valueOf(x));
                    checkEquals("1.4142135", String.valueOf((float) Math.sqrt(Frames.two())));
                }
            },
            new KernelTest("interrupts: INT3 enters the IDT's handler and returns, registers and XMM intact") {
                @Override
                void run() {
                    int before = Arch.breakpoints();
                    double kept = Frames.two() * 1.25;
                    long alsoKept = Frames.two() * 1000003L;
                    Cpu.breakpoint();
                    Cpu.breakpoint();
                    checkEquals(before + 2, Arch.breakpoints());
                    check(Arch.breakpointWork() != 0, "the handler ran no SSE code");
                    checkEquals("2.5", String.valueOf(kept));
                    checkEquals(2000006, alsoKept);
                }
            },
            new KernelTest("timer: the PIT ticks while the processor halts; nanoTime follows it") {
                @Override
                void run() {
                    long startTicks = KernelClock.ticks();
                    long startNanos = System.nanoTime();
                    while (KernelClock.ticks() < startTicks + 20) {
                        Cpu.waitForInterrupt();
                    }
                    long elapsed = System.nanoTime() - startNanos;
                    // nanoTime moves in whole ticks of 999,847 ns; a tick may land between the two first reads.
                    check(elapsed >= 18_990_000 && elapsed <= 20_010_000, "20 ticks took " + elapsed + " ns");
                }
            },
            new KernelTest("frames: blocks of every order from real memory, zeroed, merged back when freed") {
                @Override
                void run() {
                    FrameAllocator frames = PhysicalMemory.frames();
                    long freeBefore = frames.freeFrames();
                    long[] blocks = new long[FrameAllocator.MAXIMUM_ORDER + 1];
                    for (int order = 0; order <= 10; order++) {
                        blocks[order] = frames.allocate(order);
                        check(blocks[order] > 0 && blocks[order] % ((long) FrameAllocator.FRAME_SIZE << order) == 0,
                                "order " + order + " block at 0x" + Long.toHexString(blocks[order]));
                        long last = KernelLayout.virtual(blocks[order]) + ((long) FrameAllocator.FRAME_SIZE << order) - 8;
                        checkEquals(0, Memory.loadLong(last));
                        Memory.storeLong(last, -1);
                    }
                    checkEquals(freeBefore - 2047, frames.freeFrames());
                    for (int order = 0; order <= 10; order++) {
                        frames.free(blocks[order]);
                    }
                    checkEquals(freeBefore, frames.freeFrames());
                }
            },
            new KernelTest("paging: text read-only and executable, read-only data and data not executable, low half gone") {
                @Override
                void run() {
                    PageTables tables = KernelAddressSpace.tables();
                    long text = tables.entry(Magic.symbol("_etext") - 1);
                    long readOnly = tables.entry(Magic.symbol(CallSiteLayout.TABLE_START));
                    long data = tables.entry(Magic.symbol("_edata") - 1);
                    long heap = tables.entry(Magic.addressOf(new int[4]));
                    check(text != 0 && (text & PageTableEntry.WRITABLE) == 0 && (text & PageTableEntry.NO_EXECUTE) == 0,
                            "text entry 0x" + Long.toHexString(text));
                    check((readOnly & PageTableEntry.WRITABLE) == 0 && (readOnly & PageTableEntry.NO_EXECUTE) != 0,
                            "read-only data entry 0x" + Long.toHexString(readOnly));
                    check((data & PageTableEntry.WRITABLE) != 0 && (data & PageTableEntry.NO_EXECUTE) != 0,
                            "data entry 0x" + Long.toHexString(data));
                    check((heap & PageTableEntry.WRITABLE) != 0 && (heap & PageTableEntry.NO_EXECUTE) != 0,
                            "heap entry 0x" + Long.toHexString(heap));
                    checkEquals(-1, tables.translate(0x100000));
                    checkEquals(0x100000, tables.translate(KernelLayout.virtual(0x100000)));
                    checkEquals(Cpu.readControlRegister3(), tables.root());
                }
            },
            new KernelTest("demand paging: a region's pages are mapped one by one, exactly where touched") {
                @Override
                void run() {
                    PageTables tables = KernelAddressSpace.tables();
                    long faultsBefore = VirtualMemory.faults();
                    long region = VirtualMemory.allocate(8);
                    check(region >= VirtualMemory.WINDOW, "region at 0x" + Long.toHexString(region));
                    long page = 4096;
                    checkEquals(-1, tables.translate(region + 5 * page));
                    Memory.storeLong(region + 5 * page + 24, 0x5eed);
                    checkEquals(faultsBefore + 1, VirtualMemory.faults());
                    checkEquals(0x5eed, Memory.loadLong(region + 5 * page + 24));
                    checkEquals(0, Memory.loadLong(region + 5 * page)); // a fresh page is zeroed
                    check(tables.translate(region + 5 * page) >= 0, "page 5 mapped");
                    long freeAfterFirst = PhysicalMemory.frames().freeFrames(); // the window's page tables exist now
                    checkEquals(-1, tables.translate(region + 4 * page));
                    checkEquals(-1, tables.translate(region + 6 * page));
                    checkEquals(0, Memory.loadLong(region));
                    checkEquals(faultsBefore + 2, VirtualMemory.faults());
                    check(tables.translate(region) >= 0, "page 0 mapped");
                    checkEquals(2, VirtualMemory.free(region));
                    checkEquals(-1, tables.translate(region + 5 * page));
                    checkEquals(freeAfterFirst + 1, PhysicalMemory.frames().freeFrames());
                }
            },
            new KernelTest("console: what System.out prints is also on the VGA text screen") {
                @Override
                void run() {
                    System.out.println("vga: mirror check 42");
                    System.out.flush();
                    int row = VgaText.row() - 1;
                    StringBuilder shown = new StringBuilder();
                    for (int column = 0; column < "vga: mirror check 42".length(); column++) {
                        shown.append((char) VgaText.characterAt(row, column));
                    }
                    checkEquals("vga: mirror check 42", shown.toString());
                }
            },
            new KernelTest("wall clock: currentTimeMillis from the RTC, advancing with the PIT") {
                @Override
                void run() {
                    long start = System.currentTimeMillis();
                    check(start > 1_577_836_800_000L, "before 2020: " + start);
                    long startTicks = KernelClock.ticks();
                    while (KernelClock.ticks() < startTicks + 30) {
                        Cpu.waitForInterrupt();
                    }
                    long elapsed = System.currentTimeMillis() - start;
                    check(elapsed >= 28 && elapsed <= 31, "30 ticks moved the wall clock by " + elapsed + " ms");
                }
            },
            new KernelTest("kernel stack: deep recursion throws StackOverflowError, caught three times over") {
                @Override
                void run() {
                    for (int round = 0; round < 3; round++) {
                        Frames.depth = 0;
                        try {
                            Frames.recurse(1);
                            check(false, "no StackOverflowError");
                        } catch (StackOverflowError e) {
                            check(Frames.depth > 1000, "only " + Frames.depth + " frames deep");
                            checkEquals("recurse", e.getStackTrace()[0].getMethodName());
                        }
                    }
                }
            },
            new KernelTest("class initialization: a static initializer runs once, on first use") {
                @Override
                void run() {
                    checkEquals(1, Frames.initializations());
                    checkEquals(1, Frames.initializations());
                }
            },
            new KernelTest("heap exhaustion: OutOfMemoryError (\"Java heap space\"), caught, and the kernel goes on") {
                @Override
                void run() {
                    long[][] kept = new long[4096][];
                    int count = 0;
                    try {
                        while (true) {
                            // Just under 4 MiB with the header: one order-10 block each, never freed (no collector yet).
                            kept[count++] = new long[(1 << 19) - 8];
                        }
                    } catch (OutOfMemoryError e) {
                        checkEquals("Java heap space", e.getMessage());
                    }
                    check(count >= 20, "only " + count + " arrays of 4 MiB before running out");
                    checkEquals("still allocating after it", "still " + "allocating" + " after it");
                }
            },
        };
    }
}
