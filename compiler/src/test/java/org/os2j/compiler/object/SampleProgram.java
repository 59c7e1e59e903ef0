package org.os2j.compiler.object;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;

/**
 * Two hand-assembled modules used by the writer and linker tests. Module "hello.o" holds
 * {@code _start}, which increments a BSS counter and a data word, calls a LOCAL function with an
 * awkward JVM-style name in the same module, calls {@link #HELPER} defined in "string.o", and exits
 * with the sum of the results:
 * <pre>
 *   table[1] (through an ABSOLUTE_64 pointer to table+4 in .data)   20
 *   bonus     (ABSOLUTE_32_SIGNED, rodata)                              5
 *   small     (ABSOLUTE_32, data, 2 incremented to 3)                   3
 *   counter   (PC_RELATIVE_32, bss, 0 incremented to 1)                 1
 *   value     (LOCAL in hello.o, rodata)                                1
 *   value     (LOCAL of the same name in string.o, via HELPER)         12
 *                                                                     ---
 *                                                                      42
 * </pre>
 */
public final class SampleProgram {
    public static final int EXIT_STATUS = 42;
    public static final String COMPUTE = "Hello.compute([Ljava/lang/String;)I";
    public static final String HELPER = "java.lang.String.length()I";

    private SampleProgram() {
    }

    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    public static byte[] ints(int... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int value : values) {
            buffer.putInt(value);
        }
        return buffer.array();
    }

    /** The module defining {@code _start}; it references {@link #HELPER} without defining it. */
    public static ObjectModule hello() {
        ObjectModule module = new ObjectModule("hello.o");
        Section text = module.section(SectionKind.TEXT);
        long start = text.append(hex(
                "ff 05 00000000"       // 00 inc dword [rip+counter]
                + "ff 05 00000000"     // 06 inc dword [rip+small]
                + "e8 00000000"        // 0c call COMPUTE
                + "89 c3"              // 11 mov ebx, eax
                + "e8 00000000"        // 13 call HELPER
                + "01 c3"              // 18 add ebx, eax
                + "89 df"              // 1a mov edi, ebx
                + "b8 3c000000"        // 1c mov eax, 60 (exit)
                + "0f 05"), 16);       // 21 syscall
        text.addRelocation(new Relocation(start + 0x02, RelocationType.PC_RELATIVE_32, "counter", -4));
        text.addRelocation(new Relocation(start + 0x08, RelocationType.PC_RELATIVE_32, "small", -4));
        text.addRelocation(new Relocation(start + 0x0d, RelocationType.PLT_32, COMPUTE, -4));
        text.addRelocation(new Relocation(start + 0x14, RelocationType.PLT_32, HELPER, -4));
        module.define("_start", SectionKind.TEXT, start, 0x23, SymbolType.FUNCTION, SymbolBinding.GLOBAL);

        long compute = text.append(hex(
                "48 8b 05 00000000"    // 00 mov rax, [rip+ptr]
                + "8b 00"              // 07 mov eax, [rax]
                + "03 04 25 00000000"  // 09 add eax, [bonus]   (disp32, sign-extended)
                + "be 00000000"        // 10 mov esi, small     (imm32, zero-extended)
                + "03 06"              // 15 add eax, [rsi]
                + "03 05 00000000"     // 17 add eax, [rip+counter]
                + "03 05 00000000"     // 1d add eax, [rip+value]
                + "c3"), 16);          // 23 ret
        text.addRelocation(new Relocation(compute + 0x03, RelocationType.PC_RELATIVE_32, "ptr", -4));
        text.addRelocation(new Relocation(compute + 0x0c, RelocationType.ABSOLUTE_32_SIGNED, "bonus", 0));
        text.addRelocation(new Relocation(compute + 0x11, RelocationType.ABSOLUTE_32, "small", 0));
        text.addRelocation(new Relocation(compute + 0x19, RelocationType.PC_RELATIVE_32, "counter", -4));
        text.addRelocation(new Relocation(compute + 0x1f, RelocationType.PC_RELATIVE_32, "value", -4));
        module.define(COMPUTE, SectionKind.TEXT, compute, 0x24, SymbolType.FUNCTION, SymbolBinding.LOCAL);

        Section rodata = module.section(SectionKind.RODATA);
        module.define("table", SectionKind.RODATA, rodata.append(ints(7, 20), 4), 8, SymbolType.OBJECT,
                SymbolBinding.LOCAL);
        module.define("bonus", SectionKind.RODATA, rodata.append(ints(5), 4), 4, SymbolType.OBJECT,
                SymbolBinding.GLOBAL);
        module.define("value", SectionKind.RODATA, rodata.append(ints(1), 4), 4, SymbolType.OBJECT,
                SymbolBinding.LOCAL);

        Section data = module.section(SectionKind.DATA);
        long ptr = data.append(new byte[8], 8);
        data.addRelocation(new Relocation(ptr, RelocationType.ABSOLUTE_64, "table", 4));
        module.define("ptr", SectionKind.DATA, ptr, 8, SymbolType.OBJECT, SymbolBinding.GLOBAL);
        module.define("small", SectionKind.DATA, data.append(ints(2), 4), 4, SymbolType.OBJECT,
                SymbolBinding.LOCAL);

        Section bss = module.section(SectionKind.BSS);
        module.define("counter", SectionKind.BSS, bss.reserve(8, 8), 8, SymbolType.OBJECT, SymbolBinding.LOCAL);
        return module;
    }

    /** The module defining {@link #HELPER}, which returns its own LOCAL {@code value} (12). */
    public static ObjectModule string() {
        ObjectModule module = new ObjectModule("string.o");
        Section text = module.section(SectionKind.TEXT);
        long helper = text.append(hex("8b 05 00000000 c3"), 16); // mov eax, [rip+value]; ret
        text.addRelocation(new Relocation(helper + 2, RelocationType.PC_RELATIVE_32, "value", -4));
        module.define(HELPER, SectionKind.TEXT, helper, 7, SymbolType.FUNCTION, SymbolBinding.GLOBAL);
        Section rodata = module.section(SectionKind.RODATA);
        module.define("value", SectionKind.RODATA, rodata.append(ints(12), 4), 4, SymbolType.OBJECT,
                SymbolBinding.LOCAL);
        return module;
    }

    /** A one-module program whose {@code _start} just exits with {@code status}. */
    public static ObjectModule exitOnly(String name, int status) {
        ObjectModule module = new ObjectModule(name);
        long start = module.section(SectionKind.TEXT).append(hex("b8 3c000000 bf" + String.format("%02x", status)
                + "000000 0f 05"), 16);
        module.define("_start", SectionKind.TEXT, start, 12, SymbolType.FUNCTION, SymbolBinding.GLOBAL);
        return module;
    }
}
