package org.os2j.compiler.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.os2j.compiler.elf.Elf;
import org.os2j.compiler.elf.ElfReader;
import org.os2j.compiler.elf.Tools;
import org.os2j.compiler.object.ObjectModule;
import org.os2j.compiler.object.Relocation;
import org.os2j.compiler.object.RelocationType;
import org.os2j.compiler.object.SampleProgram;
import org.os2j.compiler.object.Section;
import org.os2j.compiler.object.SectionKind;
import org.os2j.compiler.object.SymbolBinding;
import org.os2j.compiler.object.SymbolType;

class LayoutTest {
    @TempDir
    Path dir;

    @Test
    void mergedSectionsRespectEachModulesAlignment() throws Exception {
        ObjectModule first = SampleProgram.exitOnly("first.o", 3);
        ObjectModule second = new ObjectModule("second.o");
        second.section(SectionKind.TEXT).append(new byte[] {(byte) 0xc3}, 64);
        second.define("aligned", SectionKind.TEXT, 0, 1, SymbolType.FUNCTION, SymbolBinding.GLOBAL);
        second.section(SectionKind.RODATA).append(new byte[] {1, 2, 3}, 1);
        ObjectModule third = new ObjectModule("third.o");
        third.section(SectionKind.RODATA).append(SampleProgram.ints(0x11223344), 32);
        third.define("word", SectionKind.RODATA, 0, 4, SymbolType.OBJECT, SymbolBinding.GLOBAL);

        List<OutputSection> merged = SectionMerger.merge(List.of(first, second, third));
        OutputSection text = merged.get(0);
        assertEquals(64, text.alignment());
        assertEquals(0, text.contributionOffset(0));
        assertEquals(64, text.contributionOffset(1));
        assertEquals(-1, text.contributionOffset(2));
        assertEquals((byte) 0xCC, text.contents()[12], "code padding is int3");
        OutputSection rodata = merged.get(1);
        assertEquals(32, rodata.contributionOffset(2));
        assertEquals(0, rodata.contents()[10], "data padding is zero");

        ElfReader elf = new ElfReader(new Linker(LinkOptions.linuxExecutable()).link(List.of(first, second, third)));
        assertEquals(0, elf.symbol("aligned").value() % 64);
        assertEquals(0, elf.symbol("word").value() % 32);
        assertArrayEquals(SampleProgram.ints(0x11223344), elf.read(elf.symbol("word").value(), 4));
    }

    @Test
    void largeBssCostsNoFileSpaceAndIsZeroFilled() throws Exception {
        int size = 1 << 20;
        ObjectModule module = new ObjectModule("bss.o");
        Section text = module.section(SectionKind.TEXT);
        text.append(SampleProgram.hex(
                "c6 05 00000000 05"        // 00 mov byte [rip+big+size-1], 5
                + "0f b6 3d 00000000"      // 07 movzx edi, byte [rip+big+size-1]
                + "0f b6 05 00000000"      // 0e movzx eax, byte [rip+big+size/2]
                + "01 c7"                  // 15 add edi, eax
                + "b8 3c000000 0f 05"), 16); // 17 exit
        text.addRelocation(new Relocation(0x02, RelocationType.PC_RELATIVE_32, "big", size - 1 - 5));
        text.addRelocation(new Relocation(0x0a, RelocationType.PC_RELATIVE_32, "big", size - 1 - 4));
        text.addRelocation(new Relocation(0x11, RelocationType.PC_RELATIVE_32, "big", size / 2 - 4));
        module.define("_start", SectionKind.TEXT, 0, 0x1e, SymbolType.FUNCTION, SymbolBinding.GLOBAL);
        module.define("big", SectionKind.BSS, module.section(SectionKind.BSS).reserve(size, 4096), size,
                SymbolType.OBJECT, SymbolBinding.LOCAL);

        byte[] image = new Linker(LinkOptions.linuxExecutable()).link(List.of(module));
        assertTrue(image.length < 3 * Elf.PAGE_SIZE, "file size " + image.length);
        ElfReader elf = new ElfReader(image);
        List<ElfReader.Segment> loads = elf.segments.stream().filter(s -> s.type() == Elf.PT_LOAD).toList();
        assertEquals(2, loads.size());
        assertEquals(Elf.PF_R | Elf.PF_W, loads.get(1).flags());
        assertEquals(0, loads.get(1).fileSize());
        assertEquals(size, loads.get(1).memorySize());
        if (Tools.canRunLinuxX8664()) {
            Path program = Tools.writeExecutable(dir, "bss", image);
            assertEquals(5, Tools.run(dir, program.toString()).exitCode());
        }
    }

    @Test
    void linkerDefinesBoundarySymbolsWhenReferenced() throws Exception {
        ObjectModule module = SampleProgram.hello();
        Section data = module.section(SectionKind.DATA);
        long at = data.append(new byte[16], 8);
        data.addRelocation(new Relocation(at, RelocationType.ABSOLUTE_64, "_end", 0));
        data.addRelocation(new Relocation(at + 8, RelocationType.ABSOLUTE_64, "__bss_start", 0));
        module.define("bounds", SectionKind.DATA, at, 16, SymbolType.OBJECT, SymbolBinding.LOCAL);

        ElfReader elf = new ElfReader(new Linker(LinkOptions.linuxExecutable())
                .link(List.of(module, SampleProgram.string())));
        ElfReader.Section bss = elf.require(".bss");
        assertEquals(bss.address() + bss.size(), elf.symbol("_end").value());
        assertEquals(bss.address(), elf.symbol("__bss_start").value());
        ByteBuffer bounds = ByteBuffer.wrap(elf.read(elf.symbol("bounds").value(), 16)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(bss.address() + bss.size(), bounds.getLong());
        assertEquals(bss.address(), bounds.getLong());
        assertTrue(elf.symbols().stream().noneMatch(s -> s.name().equals("_etext")), "only referenced ones");
    }

    @Test
    void inputModulesAreNotModified() throws Exception {
        ObjectModule hello = SampleProgram.hello();
        ObjectModule string = SampleProgram.string();
        byte[] textBefore = hello.section(SectionKind.TEXT).bytes();
        Linker linker = new Linker(LinkOptions.linuxExecutable());
        byte[] first = linker.link(List.of(hello, string));
        assertArrayEquals(textBefore, hello.section(SectionKind.TEXT).bytes());
        assertArrayEquals(first, linker.link(List.of(hello, string)));
    }
}
