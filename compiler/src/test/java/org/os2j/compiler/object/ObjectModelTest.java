package org.os2j.compiler.object;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObjectModelTest {
    @Test
    void appendPadsTextWithInt3AndDataWithZero() {
        Section text = new Section(SectionKind.TEXT);
        assertEquals(0, text.append(new byte[] {1, 2, 3}, 1));
        assertEquals(8, text.append(new byte[] {4}, 8));
        assertArrayEquals(new byte[] {1, 2, 3, (byte) 0xCC, (byte) 0xCC, (byte) 0xCC, (byte) 0xCC, (byte) 0xCC, 4},
                text.bytes());
        assertEquals(8, text.alignment());
        assertEquals(".text", text.name());

        Section data = new Section(SectionKind.DATA);
        data.append(new byte[] {9}, 1);
        assertEquals(4, data.append(new byte[] {7}, 4));
        assertArrayEquals(new byte[] {9, 0, 0, 0, 7}, data.bytes());
        assertEquals(8, data.reserve(3, 8));
        assertEquals(11, data.size());
        assertArrayEquals(new byte[] {9, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0}, data.bytes());
    }

    @Test
    void bssHasSizeButNoBytes() {
        Section bss = new Section(SectionKind.BSS);
        assertEquals(0, bss.reserve(5, 1));
        assertEquals(16, bss.reserve(100, 16));
        assertEquals(116, bss.size());
        assertEquals(16, bss.alignment());
        assertEquals(0, bss.bytes().length);
        assertEquals(116, bss.append(new byte[4], 4));
        assertEquals(120, bss.append(new byte[4], 8));
        assertEquals(124, bss.size());
        assertThrows(IllegalStateException.class, () -> bss.append(new byte[] {1}, 1));
        assertThrows(IllegalStateException.class, () -> bss.patch(0, new byte[1]));
        assertThrows(IllegalStateException.class,
                () -> bss.addRelocation(new Relocation(0, RelocationType.ABSOLUTE_64, "x", 0)));
    }

    @Test
    void patchWritesInPlaceWithinBounds() {
        Section text = new Section(SectionKind.TEXT);
        text.append(new byte[8], 1);
        text.patch(2, new byte[] {5, 6});
        assertArrayEquals(new byte[] {0, 0, 5, 6, 0, 0, 0, 0}, text.bytes());
        assertThrows(IndexOutOfBoundsException.class, () -> text.patch(7, new byte[2]));
    }

    @Test
    void alignmentMustBeAPowerOfTwo() {
        Section text = new Section(SectionKind.TEXT);
        assertThrows(IllegalArgumentException.class, () -> text.append(new byte[1], 3));
        assertThrows(IllegalArgumentException.class, () -> text.append(new byte[1], 0));
    }

    @Test
    void moduleTracksSectionsSymbolsAndUndefinedNames() {
        ObjectModule module = new ObjectModule("m.o");
        module.section(SectionKind.BSS).reserve(4, 4);
        Section text = module.section(SectionKind.TEXT);
        assertTrue(module.section(SectionKind.TEXT) == text, "one section per kind");
        text.append(new byte[10], 1);
        text.addRelocation(new Relocation(1, RelocationType.PLT_32, "b()V", -4));
        text.addRelocation(new Relocation(6, RelocationType.PLT_32, "a()V", -4));
        text.addRelocation(new Relocation(6, RelocationType.PLT_32, "f()V", -4));
        text.addRelocation(new Relocation(1, RelocationType.PLT_32, "b()V", -4));
        module.define("f()V", SectionKind.TEXT, 0, 10, SymbolType.FUNCTION, SymbolBinding.GLOBAL);
        module.define("g", SectionKind.BSS, 0, 4, SymbolType.OBJECT, SymbolBinding.LOCAL);

        assertEquals(List.of(SectionKind.TEXT, SectionKind.BSS), module.sections().stream().map(Section::kind).toList());
        assertEquals(List.of("f()V", "g"), module.symbols().stream().map(Symbol::name).toList());
        assertEquals(List.of("b()V", "a()V"), List.copyOf(module.undefinedSymbols()));
        assertEquals(Set.of("b()V", "a()V"), module.undefinedSymbols());
        assertThrows(IllegalStateException.class,
                () -> module.define("g", SectionKind.TEXT, 0, 0, SymbolType.NONE, SymbolBinding.GLOBAL));
        assertFalse(module.findSection(SectionKind.RODATA).isPresent());
        module.validate();
    }

    @Test
    void describesPlacesByTheNearestPrecedingSymbol() {
        ObjectModule module = new ObjectModule("m.o");
        module.section(SectionKind.TEXT).append(new byte[32], 1);
        module.define("first", SectionKind.TEXT, 0, 16, SymbolType.FUNCTION, SymbolBinding.GLOBAL);
        module.define("label", SectionKind.TEXT, 8, 0, SymbolType.NONE, SymbolBinding.LOCAL);
        module.define("second", SectionKind.TEXT, 16, 16, SymbolType.FUNCTION, SymbolBinding.LOCAL);
        assertEquals("'first'+0xa (module m.o, .text+0xa)", module.describePlace(SectionKind.TEXT, 10));
        assertEquals("'second'+0x4 (module m.o, .text+0x14)", module.describePlace(SectionKind.TEXT, 20));
        assertEquals("(module m.o, .data+0x4)", module.describePlace(SectionKind.DATA, 4));
    }

    @Test
    void validateFindsOutOfRangeSymbolsAndRelocations() {
        ObjectModule module = new ObjectModule("m.o");
        module.section(SectionKind.TEXT).append(new byte[4], 1);
        module.define("f", SectionKind.TEXT, 0, 8, SymbolType.FUNCTION, SymbolBinding.GLOBAL);
        IllegalStateException e = assertThrows(IllegalStateException.class, module::validate);
        assertTrue(e.getMessage().contains("'f'"), e.getMessage());

        ObjectModule other = new ObjectModule("n.o");
        other.section(SectionKind.DATA).append(new byte[4], 1);
        other.section(SectionKind.DATA).addRelocation(new Relocation(0, RelocationType.ABSOLUTE_64, "x", 0));
        assertThrows(IllegalStateException.class, other::validate);
    }

    @Test
    void symbolNamesMustBeUsable() {
        assertThrows(IllegalArgumentException.class,
                () -> new Symbol("", SectionKind.TEXT, 0, 0, SymbolType.NONE, SymbolBinding.LOCAL));
        assertThrows(IllegalArgumentException.class,
                () -> new Symbol("a\0b", SectionKind.TEXT, 0, 0, SymbolType.NONE, SymbolBinding.LOCAL));
        assertEquals(".rodata", SectionKind.RODATA.sectionName());
        assertTrue(SectionKind.TEXT.executable() && !SectionKind.TEXT.writable());
        assertFalse(SectionKind.BSS.hasContents());
    }
}
