package org.os2j.compiler.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.os2j.compiler.object.ObjectModule;
import org.os2j.compiler.object.Relocation;
import org.os2j.compiler.object.RelocationType;
import org.os2j.compiler.object.SampleProgram;
import org.os2j.compiler.object.SectionKind;
import org.os2j.compiler.object.SymbolBinding;
import org.os2j.compiler.object.SymbolType;

class LinkErrorsTest {
    private static LinkException linkFails(LinkOptions options, ObjectModule... modules) {
        return assertThrows(LinkException.class, () -> new Linker(options).link(List.of(modules)));
    }

    private static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "'" + part + "' missing from: " + message);
        }
    }

    @Test
    void undefinedSymbolNamesTheSymbolAndTheReferencingFunction() {
        LinkException e = linkFails(LinkOptions.linuxExecutable(), SampleProgram.hello());
        assertEquals(1, e.problems().size(), e.getMessage());
        assertMentions(e.getMessage(), "undefined symbol", "'" + SampleProgram.HELPER + "'", "'_start'+0x14",
                "module hello.o", ".text+0x14");
    }

    @Test
    void everyUndefinedReferenceIsReported() {
        ObjectModule module = SampleProgram.exitOnly("m.o", 0);
        module.section(SectionKind.DATA).append(new byte[16], 8);
        module.define("table", SectionKind.DATA, 0, 16, SymbolType.OBJECT, SymbolBinding.LOCAL);
        module.section(SectionKind.DATA).addRelocation(new Relocation(0, RelocationType.ABSOLUTE_64, "a.B.c()V", 0));
        module.section(SectionKind.DATA).addRelocation(new Relocation(8, RelocationType.ABSOLUTE_64, "x.Y.z()V", 0));
        LinkException e = linkFails(LinkOptions.linuxExecutable(), module);
        assertEquals(2, e.problems().size(), e.getMessage());
        assertMentions(e.problems().get(0), "'a.B.c()V'", "'table'+0x0", ".data+0x0");
        assertMentions(e.problems().get(1), "'x.Y.z()V'", "'table'+0x8", ".data+0x8");
    }

    @Test
    void duplicateGlobalNamesTheSymbolAndBothModules() {
        LinkException e = linkFails(LinkOptions.linuxExecutable(), SampleProgram.hello(), SampleProgram.string(),
                SampleProgram.exitOnly("other.o", 1));
        assertMentions(e.getMessage(), "duplicate global symbol '_start'", "module hello.o", "module other.o");
    }

    @Test
    void sameLocalNameInTwoModulesIsFine() throws Exception {
        ObjectModule first = SampleProgram.exitOnly("first.o", 1);
        ObjectModule second = new ObjectModule("second.o");
        second.section(SectionKind.TEXT).append(new byte[] {(byte) 0xc3}, 1);
        second.define("helper", SectionKind.TEXT, 0, 1, SymbolType.FUNCTION, SymbolBinding.LOCAL);
        first.define("helper", SectionKind.TEXT, 11, 1, SymbolType.FUNCTION, SymbolBinding.LOCAL);
        new Linker(LinkOptions.linuxExecutable()).link(List.of(first, second));
    }

    @Test
    void missingEntrySymbolIsReported() {
        LinkException e = linkFails(LinkOptions.linuxExecutable(), SampleProgram.string());
        assertMentions(e.getMessage(), "missing entry symbol", "'_start'");
    }

    @Test
    void localEntrySymbolGetsAHint() {
        ObjectModule module = new ObjectModule("local.o");
        module.section(SectionKind.TEXT).append(new byte[] {(byte) 0xc3}, 1);
        module.define("_start", SectionKind.TEXT, 0, 1, SymbolType.FUNCTION, SymbolBinding.LOCAL);
        LinkException e = linkFails(LinkOptions.linuxExecutable(), module);
        assertMentions(e.getMessage(), "missing entry symbol", "LOCAL", "local.o");
    }

    @Test
    void absolute32OverflowNamesSymbolAndPlace() {
        LinkException e = linkFails(new LinkOptions(0x1_0000_0000L, "_start"), SampleProgram.hello(),
                SampleProgram.string());
        assertEquals(2, e.problems().size(), e.getMessage());
        assertMentions(e.problems().get(0), "relocation overflow", "ABSOLUTE_32_SIGNED", "R_X86_64_32S", "'bonus'",
                "'" + SampleProgram.COMPUTE + "'+0xc");
        assertMentions(e.problems().get(1), "relocation overflow", "R_X86_64_32)", "'small'",
                "'" + SampleProgram.COMPUTE + "'+0x11");
    }

    @Test
    void signed32OverflowIsDistinguishedFromUnsigned() {
        LinkException e = linkFails(new LinkOptions(0x8000_0000L, "_start"), SampleProgram.hello(),
                SampleProgram.string());
        assertEquals(1, e.problems().size(), e.getMessage());
        assertMentions(e.getMessage(), "R_X86_64_32S", "'bonus'");
    }

    @Test
    void pcRelativeOverflowIsReported() {
        ObjectModule module = SampleProgram.exitOnly("far.o", 0);
        long at = module.section(SectionKind.TEXT).append(SampleProgram.hex("e8 00000000"), 1);
        module.define("caller", SectionKind.TEXT, at, 5, SymbolType.FUNCTION, SymbolBinding.LOCAL);
        module.section(SectionKind.TEXT).addRelocation(
                new Relocation(at + 1, RelocationType.PLT_32, "_start", 0x1_0000_0000L));
        LinkException e = linkFails(LinkOptions.linuxExecutable(), module);
        assertMentions(e.getMessage(), "relocation overflow", "R_X86_64_PLT32", "'_start'+0x100000000",
                "'caller'+0x1", "module far.o");
    }

    @Test
    void malformedModuleIsACompilerBug() {
        ObjectModule module = SampleProgram.exitOnly("bad.o", 0);
        module.section(SectionKind.TEXT).addRelocation(new Relocation(10, RelocationType.ABSOLUTE_64, "_start", 0));
        assertThrows(IllegalStateException.class,
                () -> new Linker(LinkOptions.linuxExecutable()).link(List.of(module)));
    }

    @Test
    void optionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new LinkOptions(0x400123, "_start"));
        assertThrows(IllegalArgumentException.class, () -> new LinkOptions(0x400000, ""));
        assertEquals(new LinkOptions(0x400000, "_start"), LinkOptions.linuxExecutable());
    }
}
