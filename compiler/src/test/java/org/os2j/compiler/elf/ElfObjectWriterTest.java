package org.os2j.compiler.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.os2j.compiler.object.ObjectModule;
import org.os2j.compiler.object.Relocation;
import org.os2j.compiler.object.RelocationType;
import org.os2j.compiler.object.SampleProgram;
import org.os2j.compiler.object.SectionKind;
import org.os2j.compiler.object.SymbolBinding;
import org.os2j.compiler.object.SymbolType;

class ElfObjectWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesRelocatableObjectStructure() {
        ObjectModule hello = SampleProgram.hello();
        ElfReader elf = new ElfReader(ElfObjectWriter.write(hello));
        assertEquals(Elf.ET_REL, elf.type);
        assertEquals(Elf.EM_X86_64, elf.machine);
        assertEquals(List.of("", ".text", ".rodata", ".data", ".bss", ".rela.text", ".rela.data", ".note.GNU-stack",
                ".symtab", ".strtab", ".shstrtab"), elf.sections.stream().map(ElfReader.Section::name).toList());

        ElfReader.Section text = elf.require(".text");
        assertEquals(Elf.SHT_PROGBITS, text.type());
        assertEquals(Elf.SHF_ALLOC | Elf.SHF_EXECINSTR, text.flags());
        assertEquals(16, text.alignment());
        assertEquals(Elf.SHT_NOBITS, elf.require(".bss").type());
        assertEquals(Elf.SHF_ALLOC | Elf.SHF_WRITE, elf.require(".bss").flags());
        assertEquals(8, elf.require(".bss").size());
        assertEquals(Elf.SHF_ALLOC, elf.require(".rodata").flags());

        ElfReader.Section symtab = elf.require(".symtab");
        assertEquals(elf.require(".strtab").index(), symtab.link());
        List<ElfReader.Sym> symbols = elf.symbols();
        for (int i = 1; i < symbols.size(); i++) {
            assertEquals(i < symtab.info() ? Elf.STB_LOCAL : Elf.STB_GLOBAL, symbols.get(i).binding(), "symbol " + i);
        }
        ElfReader.Sym compute = elf.symbol(SampleProgram.COMPUTE);
        assertEquals(Elf.STT_FUNC, compute.type());
        assertEquals(Elf.STB_LOCAL, compute.binding());
        assertEquals(0x30, compute.value());
        assertEquals(0x24, compute.size());
        ElfReader.Sym helper = elf.symbol(SampleProgram.HELPER);
        assertEquals(Elf.SHN_UNDEF, helper.sectionIndex());
        assertEquals(Elf.STB_GLOBAL, helper.binding());
        assertEquals(elf.require(".bss").index(), elf.symbol("counter").sectionIndex());
        assertEquals(Elf.STT_FILE, elf.symbol("hello.o").type());

        ElfReader.Section relaText = elf.require(".rela.text");
        assertEquals(symtab.index(), relaText.link());
        assertEquals(text.index(), relaText.info());
        assertEquals(RelaEntry.SIZE, relaText.entrySize());
        List<ElfReader.Rela> relocations = elf.relocations(relaText);
        assertEquals(9, relocations.size());
        ElfReader.Rela call = relocations.get(3);
        assertEquals(0x14, call.offset());
        assertEquals(RelocationType.PLT_32.elfType, call.type());
        assertEquals(-4, call.addend());
        assertEquals(SampleProgram.HELPER, symbols.get(call.symbol()).name());

        ElfReader.Rela pointer = elf.relocations(elf.require(".rela.data")).get(0);
        assertEquals(RelocationType.ABSOLUTE_64.elfType, pointer.type());
        assertEquals("table", symbols.get(pointer.symbol()).name());
        assertEquals(4, pointer.addend());
        assertEquals(elf.require(".data").index(), elf.require(".rela.data").info());
    }

    @Test
    void outputIsDeterministic() {
        assertArrayEquals(ElfObjectWriter.write(SampleProgram.hello()), ElfObjectWriter.write(SampleProgram.hello()));
    }

    @Test
    void rejectsMalformedModules() {
        ObjectModule module = new ObjectModule("bad.o");
        module.section(SectionKind.TEXT).append(new byte[2], 1);
        module.section(SectionKind.TEXT).addRelocation(new Relocation(0, RelocationType.PC_RELATIVE_32, "x", -4));
        assertThrows(IllegalStateException.class, () -> ElfObjectWriter.write(module));
    }

    @Test
    void readelfAcceptsTheObject() throws Exception {
        assumeTrue(Tools.toolOnPath("readelf"), "readelf not installed");
        Path object = dir.resolve("hello.o");
        Files.write(object, ElfObjectWriter.write(SampleProgram.hello()));
        Tools.Result result = Tools.run(dir, "readelf", "-a", "-W", object.toString());
        assertEquals(0, result.exitCode(), result::output);
        assertEquals(List.of(), Tools.complaints(result.output()), result::output);
        String out = result.stdout();
        for (String expected : List.of(SampleProgram.COMPUTE, SampleProgram.HELPER, "_start", "R_X86_64_PLT32",
                "R_X86_64_PC32", "R_X86_64_64", "R_X86_64_32 ", "R_X86_64_32S", "Relocation section '.rela.text'",
                "Relocation section '.rela.data'", "REL (Relocatable file)", "Advanced Micro Devices X86-64")) {
            assertTrue(out.contains(expected), () -> "missing " + expected + " in\n" + out);
        }
        Map<String, String> lineFor = out.lines().filter(l -> l.contains(" UND ") || l.contains("FUNC"))
                .collect(Collectors.toMap(l -> l.substring(l.lastIndexOf(' ') + 1), l -> l, (a, b) -> a));
        assertTrue(lineFor.get(SampleProgram.HELPER).contains("GLOBAL"), out);
        assertTrue(lineFor.get(SampleProgram.COMPUTE).contains("LOCAL"), out);
    }

    @Test
    void gnuLdLinksOurObjectsIntoAWorkingProgram() throws Exception {
        assumeTrue(Tools.toolOnPath("ld"), "ld not installed");
        assumeTrue(Tools.canRunLinuxX8664(), "not an x86-64 Linux machine");
        Files.write(dir.resolve("hello.o"), ElfObjectWriter.write(SampleProgram.hello()));
        Files.write(dir.resolve("string.o"), ElfObjectWriter.write(SampleProgram.string()));
        Tools.Result link = Tools.run(dir, "ld", "-static", "-o", "out", "hello.o", "string.o");
        assertEquals(0, link.exitCode(), link::output);
        assertEquals(List.of(), Tools.complaints(link.output()), link::output);
        Tools.Result run = Tools.run(dir, dir.resolve("out").toString());
        assertEquals(SampleProgram.EXIT_STATUS, run.exitCode(), run::output);
    }

    @Test
    void keepsUnusualSymbolNamesIntact() {
        ObjectModule module = new ObjectModule("");
        String name = "a.B$c.d([[Ljava/lang/Object;JZ)Ljava/util/List<*>;\u00e9";
        module.section(SectionKind.TEXT).append(new byte[] {(byte) 0xc3}, 1);
        module.define(name, SectionKind.TEXT, 0, 1, SymbolType.FUNCTION, SymbolBinding.GLOBAL);
        ElfReader elf = new ElfReader(ElfObjectWriter.write(module));
        assertEquals(name, elf.symbol(name).name());
        assertEquals(Elf.STT_FUNC, elf.symbol(name).type());
    }
}
