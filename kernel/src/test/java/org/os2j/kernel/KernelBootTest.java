package org.os2j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.os2j.compiler.driver.CompileOptions;
import org.os2j.compiler.driver.Compiler;
import org.os2j.compiler.driver.Target;

/**
 * The kernel image, checked by real loaders and machines: GRUB's grub-file accepts both Multiboot
 * headers, objdump decodes the 32-bit entry as i386 code, QEMU boots the image (its own Multiboot
 * loader, and GRUB from an ISO with multiboot2) to the boot log and a clean power-off, and the
 * in-kernel test runner passes on the real machine (scripts/os2j boot --test).
 */
class KernelBootTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    @TempDir
    static Path work;
    private static Path image;

    @BeforeAll
    static void buildImage() throws Exception {
        image = work.resolve("os2j.elf");
        Compiler.compile(new CompileOptions(List.of(ROOT.resolve("kernel/target/classes")), "org.os2j.kernel.Kernel",
                image, Target.KERNEL, null, System.out));
    }

    @Test
    void grubAcceptsBothMultibootHeaders() throws Exception {
        HostTools.require("grub-file", "grub-common");
        for (String protocol : List.of("--is-x86-multiboot", "--is-x86-multiboot2")) {
            assertEquals(0, HostTools.run(List.of("grub-file", protocol, image.toString()), 30).status(), protocol);
        }
        // The budget covers the JDK's own System, PrintStream and charset classes, compiled in since
        // issue #8 (1.32 MiB on 2026-12-07).
        assertTrue(Files.size(image) < 2 << 20, "the image is under 2 MiB: " + Files.size(image));
    }

    @Test
    void theEntryIsProtectedModeCodeThatEntersLongMode() throws Exception {
        HostTools.require("objdump", "binutils");
        HostTools.Run symbols = HostTools.run(List.of("nm", image.toString()), 30);
        Matcher entry = Pattern.compile("(?m)^([0-9a-f]+) T os2j\\.boot32$").matcher(symbols.output());
        assertTrue(entry.find(), symbols.output());
        long start = Long.parseUnsignedLong(entry.group(1), 16);
        HostTools.Run code = HostTools.run(List.of("objdump", "-d", "-m", "i386", "--no-show-raw-insn",
                "--start-address=0x" + Long.toHexString(start), "--stop-address=0x" + Long.toHexString(start + 0xC0),
                image.toString()), 30);
        List<String> mnemonics = new ArrayList<>();
        for (String line : code.output().split("\n")) {
            String[] columns = line.split("\t");
            if (columns.length >= 2 && columns[0].trim().endsWith(":")) {
                mnemonics.add(columns[1].trim().split(" ")[0]);
            }
        }
        String sequence = String.join(" ", mnemonics);
        assertTrue(sequence.startsWith("cli mov mov movl movl movl movl mov xor mov mov add add cmp jne mov mov mov or "
                + "mov mov rdmsr or wrmsr mov and or mov lgdtl ljmp"), sequence);
        assertTrue(code.output().contains("ljmp   $0x8,$0x"), code.output());
    }

    @Test
    void qemuBootsTheImageToThePromptWhichEchoesSerialInputUntilItsEnd() throws Exception {
        HostTools.require("qemu-system-x86_64", "qemu-system-x86");
        HostTools.Run run = HostTools.run(qemu("-kernel", image.toString()),
                "hello\rworld!\b?\nmemory\n\004".getBytes(StandardCharsets.US_ASCII), 120);
        assertEquals(1, run.status(), "status 0 through isa-debug-exit:\n" + run.output());
        String[] lines = run.output().split("\n");
        assertEquals("os2j kernel", lines[0], run.output());
        assertEquals("console: COM1, 115200 baud 8N1, mirrored on the VGA text screen", lines[1]);
        assertTrue(lines[2].matches("memory: 127 MiB from Multiboot 1, kernel at 0xffffffff80100000, heap from "
                + "physical 0x[0-9a-f]+ \\(12[0-9] MiB free\\)"), run.output());
        assertTrue(lines[3].matches("frames: buddy allocator over 1 range of the memory map, 12[0-9] MiB free; "
                + "the Java heap takes frames"), run.output());
        assertEquals("arch: GDT with kernel and user segments, TSS with 4 interrupt stacks, IDT for 256 vectors", lines[4]);
        assertEquals("paging: kernel tables, direct map of 127 MiB, image W^X, low half unmapped, 1 GiB region window "
                + "with guard pages and demand paging", lines[5]);
        assertEquals("interrupts: 8259 PICs at vectors 0x30-0x3f, PIT at 1000 Hz, PS/2 keyboard on IRQ 1, "
                + "COM1 input on IRQ 4", lines[6]);
        java.util.regex.Matcher time = Pattern.compile("time: real-time clock read, (\\d+) s since 1970 \\(UTC\\)")
                .matcher(lines[7]);
        assertTrue(time.matches(), run.output());
        long hostSeconds = System.currentTimeMillis() / 1000;
        assertTrue(Math.abs(Long.parseLong(time.group(1)) - hostSeconds) < 120, "the RTC is QEMU's view of the host clock");
        assertTrue(lines[8].matches("boot: done at time-stamp [0-9]+"), run.output());
        // Echo, Backspace as "\b \b", CR or LF ending a line, EOT ending the input.
        assertEquals("os2j> hello", lines[9]);
        assertEquals("hello: not a command (help lists them)", lines[10]);
        assertEquals("os2j> world!\b \b?", lines[11]);
        assertEquals("world?: not a command (help lists them)", lines[12]);
        assertEquals("os2j> memory", lines[13]);
        assertTrue(lines[14].matches("frames: 1[0-9][0-9] of 12[0-9] MiB free; Java heap [0-9]+ KiB; demand-paging "
                + "faults 0"), lines[14]);
        assertEquals("os2j> ", lines[15]);
        assertEquals("os2j: end of input after 3 lines; powering off", lines[16]);
        assertEquals(17, lines.length, run.output());
    }

    /**
     * A keystroke through the PS/2 keyboard (QEMU's monitor presses the keys: shift, caps lock,
     * digits, space, Enter) and bytes through the serial line, both echoed by the prompt.
     */
    @Test
    void keystrokesAndSerialBytesBothReachThePrompt() throws Exception {
        HostTools.require("qemu-system-x86_64", "qemu-system-x86");
        Path socket = work.resolve("monitor.sock");
        Process qemu = new ProcessBuilder(qemu("-monitor", "unix:" + socket + ",server,nowait", "-kernel",
                image.toString())).redirectErrorStream(true).start();
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (var in = qemu.getInputStream()) {
                for (int b = in.read(); b >= 0; b = in.read()) {
                    if (b != '\r') {
                        output.append((char) b);
                    }
                }
            } catch (java.io.IOException ignored) {
                // QEMU ended; the output so far is what the assertions see.
            }
        });
        reader.start();
        try {
            awaitOutput(output, "os2j> ");
            try (SocketChannel monitor = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                for (String key : List.of("shift-h", "i", "shift-1", "spc", "caps_lock", "a", "caps_lock", "2", "ret")) {
                    monitor.write(ByteBuffer.wrap(("sendkey " + key + "\n").getBytes(StandardCharsets.US_ASCII)));
                }
                awaitOutput(output, "os2j> Hi! A2\nHi! A2: not a command (help lists them)\nos2j> ");
            }
            qemu.getOutputStream().write("serial\n\004".getBytes(StandardCharsets.US_ASCII));
            qemu.getOutputStream().close();
            assertTrue(qemu.waitFor(60, TimeUnit.SECONDS), output.toString());
            reader.join(10_000);
            assertEquals(1, qemu.exitValue(), output.toString());
            assertTrue(output.toString().endsWith("os2j> Hi! A2\nHi! A2: not a command (help lists them)\n"
                    + "os2j> serial\nserial: not a command (help lists them)\nos2j> \n"
                    + "os2j: end of input after 2 lines; powering off\n"), output.toString());
        } finally {
            qemu.destroyForcibly();
        }
    }

    private static void awaitOutput(StringBuffer output, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!output.toString().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no \"" + text + "\" in:\n" + output);
            }
            Thread.sleep(20);
        }
    }

    /** A must-crash image: a read of unmapped memory ends in the page-fault report and the panic status. */
    @Test
    void aPageFaultInKernelCodeIsReportedWithASymbolizedBacktrace() throws Exception {
        String report = crash("PageFault", "reading 0x40000000\n");
        assertTrue(report.contains("\n*** os2j kernel panic ***\nCPU exception 14 (#PF page fault), error code 0x0\n"),
                report);
        assertTrue(report.matches("(?s).*\n  RIP 0xffffffff801[0-9a-f]{5}  RSP 0xffffffff80[0-9a-f]{6}  RFLAGS 0x[0-9a-f]+  "
                + "CS 0x8  CR2 0x40000000\n.*"), report);
        assertTrue(report.contains("\tat org.os2j.kernel.test.crash.PageFault.readUnmapped(PageFault.java)\n"
                + "\tat org.os2j.kernel.test.crash.PageFault.main(PageFault.java:21)\n"), report);
    }

    /** W^X in hardware: a write to the kernel's code faults (error code: present, write). */
    @Test
    void writingToKernelCodeFaults() throws Exception {
        String report = crash("WriteToText", "writing to the kernel's code\n");
        assertTrue(report.contains("CPU exception 14 (#PF page fault), error code 0x3\n"), report);
        assertTrue(report.contains("\tat org.os2j.kernel.test.crash.WriteToText.overwrite(WriteToText.java)\n"
                + "\tat org.os2j.kernel.test.crash.WriteToText.main(WriteToText.java:15)\n"), report);
    }

    /** W^X in hardware: executing heap memory faults (error code: present, instruction fetch), named by its caller. */
    @Test
    void executingDataFaults() throws Exception {
        String report = crash("ExecuteData", "calling into the heap\n");
        assertTrue(report.contains("CPU exception 14 (#PF page fault), error code 0x11\n"), report);
        assertTrue(report.matches("(?s).*\tat 0xffffffff[0-9a-f]{8} \\(not in a compiled method\\)\n"
                + "\tat org.os2j.kernel.test.crash.ExecuteData.main\\(ExecuteData.java:15\\)\n.*"), report);
    }

    /** A region's guard page is never mapped: running off the end faults, and the report says where. */
    @Test
    void runningOffARegionHitsItsGuardPage() throws Exception {
        String report = crash("GuardPage", "writing past the end of a region\n");
        assertTrue(report.contains("CPU exception 14 (#PF page fault), error code 0x2\n"), report);
        assertTrue(report.matches("(?s).*CR2 0xffffc000000[0-9a-f]{5}\n  \\(a guard page or unallocated page of the "
                + "kernel's region window\\)\n\tat org.os2j.kernel.test.crash.GuardPage.main\\(GuardPage.java\\)\n.*"),
                report);
    }

    /**
     * The kernel stack's yellow zone: a runaway recursion becomes a StackOverflowError (the page
     * fault handler, on its own stack, redirects the probe), here uncaught: banner, HotSpot's report.
     */
    @Test
    void aKernelStackOverflowIsAStackOverflowError() throws Exception {
        HostTools.Run run = boot("KernelStackOverflow");
        assertEquals(2 * 1 + 1, run.status(), run.output());
        String report = run.output().substring(run.output().indexOf("recursing without end\n"));
        assertTrue(report.startsWith("recursing without end\n\n*** os2j kernel panic ***\n"
                + "Exception in thread \"main\" java.lang.StackOverflowError\n"
                + "\tat org.os2j.kernel.test.crash.KernelStackOverflow.down(KernelStackOverflow.java:17)\n"), report);
        assertEquals(1024, report.lines().filter(line -> line.startsWith("\tat ")).count(), "HotSpot's 1024 frames");
    }

    /** An uncaught exception ends the kernel: banner, HotSpot's report with the helpful message, status 1. */
    @Test
    void anUncaughtNullDereferenceEndsTheKernelWithItsTrace() throws Exception {
        HostTools.Run run = boot("NullDereference");
        assertEquals(2 * 1 + 1, run.status(), run.output());
        assertTrue(run.output().endsWith("dereferencing null\n\n*** os2j kernel panic ***\n"
                + "Exception in thread \"main\" java.lang.NullPointerException: Cannot invoke \"String.length()\" because "
                + "\"text\" is null\n"
                + "\tat org.os2j.kernel.test.crash.NullDereference.length(NullDereference.java:17)\n"
                + "\tat org.os2j.kernel.test.crash.NullDereference.main(NullDereference.java:13)\n"), run.output());
    }

    /** QEMU as the tests run it: headless, serial console on stdio, isa-debug-exit for the status, then {@code more}. */
    private static List<String> qemu(String... more) {
        List<String> command = new ArrayList<>(List.of("qemu-system-x86_64", "-m", "128M", "-display", "none",
                "-no-reboot", "-serial", "stdio", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"));
        command.addAll(List.of(more));
        return command;
    }

    /** Builds and boots the must-crash kernel {@code name} (in kernel/.../test/crash). */
    private static HostTools.Run boot(String name) throws Exception {
        HostTools.require("qemu-system-x86_64", "qemu-system-x86");
        Path crash = work.resolve(name + ".elf");
        Compiler.compile(new CompileOptions(List.of(ROOT.resolve("kernel/target/classes")),
                "org.os2j.kernel.test.crash." + name, crash, Target.KERNEL, null, System.out));
        return HostTools.run(qemu("-kernel", crash.toString()), 120);
    }

    /** Boots the must-crash kernel {@code name}; checks the panic status; returns the output from {@code marker} on. */
    private static String crash(String name, String marker) throws Exception {
        HostTools.Run run = boot(name);
        assertEquals(2 * 3 + 1, run.status(), "the panic status, 3:\n" + run.output());
        assertTrue(run.output().contains(marker), run.output());
        String report = run.output().substring(run.output().indexOf(marker));
        assertTrue(report.contains("\n*** os2j kernel panic ***\n"), report);
        assertTrue(!report.contains("not reached"), report);
        return report;
    }

    @Test
    void theInKernelTestsPassUnderQemu() throws Exception {
        HostTools.require("qemu-system-x86_64", "qemu-system-x86");
        HostTools.Run run = HostTools.run(List.of("bash", ROOT.resolve("scripts/kernel").toString(), "boot", "--test"),
                120);
        assertEquals(0, run.status(), run.output());
        Matcher summary = Pattern.compile("(?m)^(\\d+) passed, 0 failed$").matcher(run.output());
        assertTrue(summary.find(), run.output());
        long passes = run.output().lines().filter(line -> line.startsWith("pass ")).count();
        assertTrue(passes >= 15 && passes == Long.parseLong(summary.group(1)), run.output());
    }

    @Test
    void grubBootsTheIsoWithMultiboot2() throws Exception {
        HostTools.require("qemu-system-x86_64", "qemu-system-x86");
        HostTools.require("grub-mkrescue", "grub-common", "grub-pc-bin", "xorriso", "mtools");
        HostTools.require("xorriso", "xorriso");
        Path iso = work.resolve("os2j.iso");
        // The test build, which reads no input: GRUB's own serial terminal would take the input's first bytes.
        HostTools.Run build = HostTools.run(List.of("bash", ROOT.resolve("scripts/kernel").toString(), "image", "--iso",
                "--test", "-o", iso.toString()), 120);
        assertEquals(0, build.status(), build.output());
        HostTools.Run run = HostTools.run(qemu("-cdrom", iso.toString()), 120);
        assertEquals(1, run.status(), run.output());
        assertTrue(run.output().contains("\nos2j kernel\n"), run.output());
        assertTrue(run.output().contains("\nmemory: 127 MiB from Multiboot 2, "), run.output());
        assertTrue(run.output().matches("(?s).*\n\\d+ passed, 0 failed\n"), run.output());
    }
}
