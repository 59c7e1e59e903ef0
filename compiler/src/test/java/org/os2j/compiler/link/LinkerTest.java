package org.os2j.compiler.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.os2j.compiler.elf.Elf;
import org.os2j.compiler.elf.ElfReader;
import org.os2j.compiler.elf.Tools;
import org.os2j.compiler.object.ObjectModule;
import org.os2j.compiler.object.SampleProgram;

class LinkerTest {
    @TempDir
    Path dir;

    private static byte[] linkSample() throws LinkException {
        return new Linker(LinkOptions.linuxExecutable()).link(List.of(SampleProgram.hello(), SampleProgram.string()));
    }

    @Test
    void linkedProgramRunsAndExitsWithTheComputedStatus() throws Exception {
        assumeTrue(Tools.canRunLinuxX8664(), "not an x86-64 Linux machine");
        Path program = Tools.writeExecutable(dir, "hello", linkSample());
        Tools.Result run = Tools.run(dir, program.toString());
        assertEquals(SampleProgram.EXIT_STATUS, run.exitCode(), run::output);
    }

    @Test
    void executableHasHeadersSegmentsAndSymbols() throws Exception {
        ElfReader elf = new ElfReader(linkSample());
        assertEquals(Elf.ET_EXEC, elf.type);
        assertEquals(Elf.EM_X86_64, elf.machine);
        assertEquals(elf.symbol("_start").value(), elf.entry);

        List<ElfReader.Segment> loads = elf.segments.stream().filter(s -> s.type() == Elf.PT_LOAD).toList();
        assertEquals(List.of(Elf.PF_R | Elf.PF_X, Elf.PF_R, Elf.PF_R | Elf.PF_W),
                loads.stream().map(ElfReader.Segment::flags).toList());
        ElfReader.Segment text = loads.get(0);
        assertEquals(0, text.offset());
        assertEquals(0x400000, text.virtualAddress());
        for (ElfReader.Segment load : loads) {
            assertEquals(0, load.offset() % Elf.PAGE_SIZE);
            assertEquals(0, load.virtualAddress() % Elf.PAGE_SIZE);
        }
        for (int i = 1; i < loads.size(); i++) {
            ElfReader.Segment previous = loads.get(i - 1);
            assertTrue(loads.get(i).virtualAddress() >= previous.virtualAddress() + previous.memorySize());
        }
        ElfReader.Segment data = loads.get(2);
        assertTrue(data.memorySize() > data.fileSize(), "bss is zero-fill");
        assertTrue(elf.segments.stream().anyMatch(s -> s.type() == Elf.PT_GNU_STACK && s.flags() == (Elf.PF_R | Elf.PF_W)));

        ElfReader.Section bss = elf.require(".bss");
        assertEquals(Elf.SHT_NOBITS, bss.type());
        assertTrue(bss.address() >= data.virtualAddress() + data.fileSize());
        assertEquals(data.virtualAddress() + data.memorySize(), bss.address() + bss.size());

        List<ElfReader.Sym> symbols = elf.symbols();
        int firstGlobal = elf.require(".symtab").info();
        for (int i = 1; i < symbols.size(); i++) {
            assertEquals(i < firstGlobal ? Elf.STB_LOCAL : Elf.STB_GLOBAL, symbols.get(i).binding(), "symbol " + i);
        }
        ElfReader.Sym compute = elf.symbol(SampleProgram.COMPUTE);
        assertEquals(Elf.STT_FUNC, compute.type());
        assertEquals(0x24, compute.size());
        assertEquals(elf.require(".text").index(), compute.sectionIndex());
        assertEquals(2, symbols.stream().filter(s -> s.name().equals("value")).count(), "one local per module");

        // The pointer in .data holds the address of table+4 (ABSOLUTE_64 with addend).
        long table = symbols.stream().filter(s -> s.name().equals("table")).findFirst().orElseThrow().value();
        byte[] pointer = elf.read(elf.symbol("ptr").value(), 8);
        assertEquals(table + 4, java.nio.ByteBuffer.wrap(pointer).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong());
    }

    @Test
    void linkingIsDeterministic() throws Exception {
        assertArrayEquals(linkSample(), linkSample());
    }

    @Test
    void readelfDescribesTheExecutable() throws Exception {
        assumeTrue(Tools.toolOnPath("readelf"), "readelf not installed");
        Path program = Tools.writeExecutable(dir, "hello", linkSample());
        Tools.Result header = Tools.run(dir, "readelf", "-h", program.toString());
        assertEquals(0, header.exitCode(), header::output);
        for (String expected : List.of("ELF64", "EXEC", "Advanced Micro Devices X86-64")) {
            assertTrue(header.stdout().contains(expected), () -> "missing " + expected + " in\n" + header.stdout());
        }
        Tools.Result segments = Tools.run(dir, "readelf", "-lW", program.toString());
        assertEquals(0, segments.exitCode(), segments::output);
        List<String> loads = segments.stdout().lines().filter(l -> l.trim().startsWith("LOAD")).toList();
        assertEquals(3, loads.size(), segments.stdout());
        assertTrue(loads.get(0).contains(" R E "), segments.stdout());
        assertTrue(loads.get(1).contains(" R   "), segments.stdout());
        assertTrue(loads.get(2).contains(" RW  "), segments.stdout());
        Tools.Result all = Tools.run(dir, "readelf", "-a", "-W", program.toString());
        assertEquals(0, all.exitCode(), all::output);
        assertEquals(List.of(), Tools.complaints(all.output()), all::output);
    }

    @Test
    void objdumpNamesEveryFunction() throws Exception {
        assumeTrue(Tools.toolOnPath("objdump"), "objdump not installed");
        Path program = Tools.writeExecutable(dir, "hello", linkSample());
        Tools.Result result = Tools.run(dir, "objdump", "-d", program.toString());
        assertEquals(0, result.exitCode(), result::output);
        assertEquals(List.of(), Tools.complaints(result.output()), result::output);
        for (String label : List.of("<_start>:", "<" + SampleProgram.COMPUTE + ">:", "<" + SampleProgram.HELPER + ">:",
                "call   " + Long.toHexString(new ElfReader(linkSample()).symbol(SampleProgram.COMPUTE).value()))) {
            assertTrue(result.stdout().contains(label), () -> "missing " + label + " in\n" + result.stdout());
        }
    }

    @Test
    void textOnlyProgramHasOneLoadSegment() throws Exception {
        byte[] image = new Linker(LinkOptions.linuxExecutable()).link(List.of(SampleProgram.exitOnly("exit.o", 7)));
        ElfReader elf = new ElfReader(image);
        assertEquals(1, elf.segments.stream().filter(s -> s.type() == Elf.PT_LOAD).count());
        if (Tools.canRunLinuxX8664()) {
            Path program = Tools.writeExecutable(dir, "exit", image);
            assertEquals(7, Tools.run(dir, program.toString()).exitCode());
        }
    }

    @Test
    void honoursBaseAddressAndEntrySymbol() throws Exception {
        ObjectModule module = SampleProgram.exitOnly("exit.o", 9);
        module.define("main", org.os2j.compiler.object.SectionKind.TEXT, 0, 12,
                org.os2j.compiler.object.SymbolType.FUNCTION, org.os2j.compiler.object.SymbolBinding.GLOBAL);
        byte[] image = new Linker(new LinkOptions(0x10000000L, "main")).link(List.of(module));
        ElfReader elf = new ElfReader(image);
        assertEquals(elf.symbol("main").value(), elf.entry);
        assertTrue(elf.entry > 0x10000000L && elf.entry < 0x10001000L);
        if (Tools.canRunLinuxX8664()) {
            Path program = Tools.writeExecutable(dir, "exit", image);
            assertEquals(9, Tools.run(dir, program.toString()).exitCode());
        }
    }

    @Test
    void temporaryLabelsResolveButStayOutOfTheSymbolTable() throws Exception {
        ObjectModule module = SampleProgram.exitOnly("exit.o", 5);
        org.os2j.compiler.object.Section data = module.section(org.os2j.compiler.object.SectionKind.DATA);
        long target = data.append(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, 8);
        module.define(".Lobject:0", org.os2j.compiler.object.SectionKind.DATA, target, 8,
                org.os2j.compiler.object.SymbolType.OBJECT, org.os2j.compiler.object.SymbolBinding.GLOBAL);
        long pointer = data.append(new byte[8], 8);
        module.define("pointer", org.os2j.compiler.object.SectionKind.DATA, pointer, 8,
                org.os2j.compiler.object.SymbolType.OBJECT, org.os2j.compiler.object.SymbolBinding.GLOBAL);
        data.addRelocation(new org.os2j.compiler.object.Relocation(pointer,
                org.os2j.compiler.object.RelocationType.ABSOLUTE_64, ".Lobject:0", 2));
        ElfReader elf = new ElfReader(new Linker(LinkOptions.linuxExecutable()).link(List.of(module)));
        assertTrue(elf.symbols().stream().noneMatch(symbol -> symbol.name().startsWith(".L")), "a temporary label in .symtab");
        long pointerAddress = elf.symbol("pointer").value();
        long resolved = java.nio.ByteBuffer.wrap(elf.read(pointerAddress, 8)).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(pointerAddress - 8 + 2, resolved, "the relocation to the temporary label");
        assertArrayEquals(new byte[] {3, 4, 5, 6}, elf.read(resolved, 4));
    }
}
