package org.os2j.compiler.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.os2j.compiler.object.Relocation;

/**
 * Uses GNU binutils as the oracle, when installed: the committed golden table must still be what
 * {@code as} produces, and programs with labels, relaxed branches and symbol references must
 * assemble to the same bytes and relocations as with {@code as}.
 */
class X86BinutilsTest {
    @TempDir
    Path work;

    @BeforeEach
    void requireBinutils() {
        Assumptions.assumeTrue(Binutils.available("as", "objcopy", "nm", "readelf", "objdump"),
            "GNU binutils (as, objcopy, nm, readelf, objdump) not on the PATH");
    }

    @Test
    void goldenTableIsWhatGnuAsProduces() {
        List<GoldenTable.Row> rows = GoldenTable.load();
        List<String> source = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            source.add("golden_" + i + ":");
            source.add("\t" + rows.get(i).instruction());
        }
        source.add("golden_" + rows.size() + ":");
        Binutils.AssembledObject object = Binutils.assemble(source, work);
        StringBuilder failures = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            int from = object.symbols().get("golden_" + i).intValue();
            int to = object.symbols().get("golden_" + (i + 1)).intValue();
            byte[] bytes = Arrays.copyOfRange(object.text(), from, to);
            if (!Arrays.equals(bytes, rows.get(i).bytes())) {
                failures.append(String.format("%n  golden.txt:%d %s: table %s, as %s", rows.get(i).line(),
                    rows.get(i).instruction(), rows.get(i).hex(), GoldenTable.hex(bytes)));
            }
        }
        if (failures.length() > 0) {
            fail("golden.txt is out of date (run scripts/x86-golden):" + failures);
        }
    }

    @Test
    void branchesLabelsAndRelocationsMatchGnuAs() {
        compareWithGnuAs(program());
    }

    @Test
    void denseBranchesRelaxLikeGnuAs() {
        // Many interleaved short and long branches in both directions around the rel8 limits.
        List<String> p = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            p.add("top" + i + ":");
        }
        for (int i = 0; i < 12; i++) {
            p.add((i % 2 == 0 ? "jmp" : "jne") + " mid" + i);
            nops(p, 9 + i);
            p.add("jle top" + i);
        }
        for (int i = 0; i < 12; i++) {
            p.add("mid" + i + ":");
            p.add("add rax, 0x1");
            p.add("js top" + (11 - i));
        }
        compareWithGnuAs(p);
    }

    @Test
    void randomProgramsMatchGnuAs() {
        List<GoldenTable.Row> rows = GoldenTable.load();
        String[] jumps = {"jmp", "je", "jne", "jl", "jge", "jbe", "ja", "js", "jp"};
        for (long seed = 1; seed <= 4; seed++) {
            java.util.Random random = new java.util.Random(seed);
            int labelCount = 40;
            List<String> p = new ArrayList<>();
            int defined = 0;
            for (int i = 0; i < 600; i++) {
                int choice = random.nextInt(10);
                if (choice == 0 && defined < labelCount) {
                    p.add("l" + defined++ + ":");
                } else if (choice <= 2) {
                    p.add(jumps[random.nextInt(jumps.length)] + " l" + random.nextInt(labelCount));
                } else {
                    p.add(rows.get(random.nextInt(rows.size())).instruction());
                }
            }
            while (defined < labelCount) {
                p.add("l" + defined++ + ":");
                p.add("nop");
            }
            compareWithGnuAs(p);
        }
    }

    @Test
    void alignmentPaddingDisassemblesAsNops() {
        Assembler assembler = new Assembler();
        for (int pad = 1; pad <= 16; pad++) {
            assembler.emit(Mnemonic.INT3);
            assembler.align(32);
            for (int i = 0; i < 32 - pad - 1; i++) {
                assembler.emit(Mnemonic.HLT);
            }
        }
        byte[] code = assembler.finish().code();
        for (String mnemonic : Binutils.disassemble(code, work)) {
            assertTrue(mnemonic.equals("nop") || mnemonic.equals("xchg") || mnemonic.equals("data16")
                || mnemonic.equals("int3") || mnemonic.equals("hlt"), "padding disassembles as " + mnemonic);
        }
    }

    private void compareWithGnuAs(List<String> program) {
        IntelSyntax.Program assembled = IntelSyntax.assembleProgram(program);
        AssembledCode ours = assembled.assembler().finish();
        Binutils.AssembledObject theirs = Binutils.assemble(program, work);
        if (!Arrays.equals(ours.code(), theirs.text())) {
            fail("code differs from GNU as:\n" + firstDifference(ours.code(), theirs.text()));
        }
        assertEquals(render(theirs.relocations()), render(ours.relocations()), "relocations");
        for (String line : program) {
            String t = line.trim();
            if (t.endsWith(":")) {
                String name = t.substring(0, t.length() - 1);
                assertEquals(theirs.symbols().get(name).longValue(),
                    assembled.assembler().offsetOf(assembled.labels().get(name)), "offset of label " + name);
            }
        }
    }

    private static List<String> render(List<Relocation> relocations) {
        // GNU as lists the relocations of relaxable jumps last; compare them in offset order.
        return relocations.stream().sorted(java.util.Comparator.comparingLong(Relocation::offset)).map(r -> String.format("%#x %s %s%+d", r.offset(), r.type(), r.symbol(), r.addend())).toList();
    }

    private static String firstDifference(byte[] ours, byte[] theirs) {
        int i = 0;
        while (i < ours.length && i < theirs.length && ours[i] == theirs[i]) {
            i++;
        }
        int from = Math.max(0, i - 8);
        return String.format("lengths %d (ours) and %d (as), first difference at %#x%n ours: %s%n   as: %s",
            ours.length, theirs.length, i,
            GoldenTable.hex(Arrays.copyOfRange(ours, from, Math.min(ours.length, i + 16))),
            GoldenTable.hex(Arrays.copyOfRange(theirs, from, Math.min(theirs.length, i + 16))));
    }

    private static void nops(List<String> program, int count) {
        for (int i = 0; i < count; i++) {
            program.add("nop");
        }
    }

    /** Forward and backward jumps at the rel8 limits, a relaxation cascade, calls and symbol references. */
    private static List<String> program() {
        List<String> p = new ArrayList<>();
        p.add("start:");
        p.add("push rbp");
        p.add("mov rbp, rsp");
        p.add("jmp fwd127");           // +127: rel8
        nops(p, 127);
        p.add("fwd127:");
        p.add("jmp fwd128");           // +128: rel32
        nops(p, 128);
        p.add("fwd128:");
        p.add("je cfwd127");           // jcc +127: rel8
        nops(p, 127);
        p.add("cfwd127:");
        p.add("jb cfwd128");           // jcc +128: rel32
        nops(p, 128);
        p.add("cfwd128:");
        p.add("back128:");
        nops(p, 126);
        p.add("jmp back128");          // -128: rel8
        p.add("back129:");
        nops(p, 127);
        p.add("jmp back129");          // -129: rel32
        p.add("cback128:");
        nops(p, 126);
        p.add("jne cback128");
        p.add("cback129:");
        nops(p, 127);
        p.add("jg cback129");
        // Cascade: jne fits rel8 only while the jmp after it is short, and the jmp cannot be.
        p.add("jne cascade_z");
        p.add("jmp cascade_y");
        nops(p, 123);
        p.add("cascade_z:");
        nops(p, 10);
        p.add("cascade_y:");
        p.add("jmp start");
        p.add("jl start");
        p.add("jmp next");
        p.add("next:");
        p.add("call external_fn");
        p.add("jmp external_fn");
        p.add("jae external_fn");
        p.add("call start");
        p.add("call local_fn");
        p.add("mov rax, qword ptr [rip + data_sym + 8]");
        p.add("mov dword ptr [rip + data_sym], 0x5");
        p.add("cmp byte ptr [rip + data_sym + 3], 0x7");
        p.add("mov qword ptr [rip + data_sym - 8], 0x1234");
        p.add("lea rcx, [rip + data_sym]");
        p.add("call qword ptr [rip + vtable + 16]");
        p.add("lea rdx, [rip + start]");
        p.add("lea rdx, [rip + local_fn]");
        p.add("movabs rax, offset data_sym+16");
        p.add("mov eax, offset data_sym");
        p.add("mov qword ptr [rax], offset data_sym");
        p.add("mov rcx, qword ptr [data_sym + 8]");
        p.add("mov rcx, qword ptr [rbx*8 + jump_table]");
        p.add("push offset data_sym");
        p.add("local_fn:");
        p.add("ret");
        return p;
    }
}
