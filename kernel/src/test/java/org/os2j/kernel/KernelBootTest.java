package org.os2j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        assertTrue(Files.size(image) < 1 << 20, "the image is under 1 MiB: " + Files.size(image));
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
    void qemuBootsTheImageToTheBootLogAndPowersOff() throws Exception {
        HostTools.require("qemu-system-x86_64", "qemu-system-x86");
        HostTools.Run run = HostTools.run(List.of("qemu-system-x86_64", "-m", "128M", "-display", "none",
                "-no-reboot", "-serial", "stdio", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
                "-kernel", image.toString()), 120);
        assertEquals(1, run.status(), "status 0 through isa-debug-exit:\n" + run.output());
        String[] lines = run.output().split("\n");
        assertEquals("os2j kernel", lines[0], run.output());
        assertTrue(lines[1].startsWith("console: COM1"), run.output());
        assertTrue(lines[2].matches("memory: 127 MiB from Multiboot 1, kernel at 0xffffffff80100000, heap from "
                + "physical 0x[0-9a-f]+ \\(12[0-9] MiB free\\)"), run.output());
        assertEquals("arch: GDT with kernel and user segments, TSS with 3 interrupt stacks, IDT for 256 vectors", lines[3]);
        assertTrue(lines[4].matches("boot: done at time-stamp [0-9]+"), run.output());
        assertEquals("os2j: nothing more to run yet; powering off", lines[lines.length - 1]);
    }

    /** A must-crash image: a read of unmapped memory ends in the page-fault report and the panic status. */
    @Test
    void aPageFaultInKernelCodeIsReportedWithASymbolizedBacktrace() throws Exception {
        HostTools.require("qemu-system-x86_64", "qemu-system-x86");
        Path crash = work.resolve("page-fault.elf");
        Compiler.compile(new CompileOptions(List.of(ROOT.resolve("kernel/target/classes")),
                "org.os2j.kernel.test.crash.PageFault", crash, Target.KERNEL, null, System.out));
        HostTools.Run run = HostTools.run(List.of("qemu-system-x86_64", "-m", "128M", "-display", "none",
                "-no-reboot", "-serial", "stdio", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
                "-kernel", crash.toString()), 120);
        assertEquals(2 * 3 + 1, run.status(), "the panic status, 3:\n" + run.output());
        String report = run.output().substring(run.output().indexOf("reading 0x40000000\n"));
        assertTrue(report.contains("\n*** os2j kernel panic ***\nCPU exception 14 (#PF page fault), error code 0x0\n"),
                report);
        assertTrue(report.matches("(?s).*\n  RIP 0xffffffff801[0-9a-f]{5}  RSP 0xffffffff80[0-9a-f]{6}  RFLAGS 0x[0-9a-f]+  "
                + "CS 0x8  CR2 0x40000000\n.*"), report);
        assertTrue(report.contains("\tat org.os2j.kernel.test.crash.PageFault.readUnmapped(PageFault.java)\n"
                + "\tat org.os2j.kernel.test.crash.PageFault.main(PageFault.java:21)\n"), report);
        assertTrue(!report.contains("not reached"), report);
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
        assertTrue(passes >= 7 && passes == Long.parseLong(summary.group(1)), run.output());
    }

    @Test
    void grubBootsTheIsoWithMultiboot2() throws Exception {
        HostTools.require("qemu-system-x86_64", "qemu-system-x86");
        HostTools.require("grub-mkrescue", "grub-common", "grub-pc-bin", "xorriso", "mtools");
        HostTools.require("xorriso", "xorriso");
        Path iso = work.resolve("os2j.iso");
        HostTools.Run build = HostTools.run(List.of("bash", ROOT.resolve("scripts/kernel").toString(), "image", "--iso",
                "-o", iso.toString()), 120);
        assertEquals(0, build.status(), build.output());
        HostTools.Run run = HostTools.run(List.of("qemu-system-x86_64", "-m", "128M", "-display", "none",
                "-no-reboot", "-serial", "stdio", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
                "-cdrom", iso.toString()), 120);
        assertEquals(1, run.status(), run.output());
        assertTrue(run.output().contains("\nos2j kernel\n"), run.output());
        assertTrue(run.output().contains("\nmemory: 127 MiB from Multiboot 2, "), run.output());
    }
}
