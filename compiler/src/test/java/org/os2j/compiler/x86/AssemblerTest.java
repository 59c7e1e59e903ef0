package org.os2j.compiler.x86;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.os2j.compiler.x86.Register.*;
import static org.os2j.compiler.x86.Width.*;

import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.os2j.compiler.object.Relocation;
import org.os2j.compiler.object.RelocationType;

/** Focused tests of tricky encodings, label resolution, relaxation and error reporting. */
class AssemblerTest {

    private static String encode(Consumer<Assembler> body) {
        Assembler assembler = new Assembler();
        body.accept(assembler);
        return GoldenTable.hex(assembler.finish().code());
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    // --- ModR/M, SIB and displacement special cases ---------------------------------------

    @Test
    void rspAndR12BasesNeedSib() {
        assertEquals("48 8b 04 24", encode(a -> a.emit(Mnemonic.MOV, QWORD, RAX, Memory.of(RSP, 0))));
        assertEquals("49 8b 04 24", encode(a -> a.emit(Mnemonic.MOV, QWORD, RAX, Memory.of(R12, 0))));
        assertEquals("49 8b 44 24 08", encode(a -> a.emit(Mnemonic.MOV, QWORD, RAX, Memory.of(R12, 8))));
        assertEquals("48 8b 84 24 00 01 00 00", encode(a -> a.emit(Mnemonic.MOV, QWORD, RAX, Memory.of(RSP, 256))));
    }

    @Test
    void rbpAndR13BasesWithoutDisplacementUseDisp8Zero() {
        assertEquals("48 8b 45 00", encode(a -> a.emit(Mnemonic.MOV, QWORD, RAX, Memory.of(RBP, 0))));
        assertEquals("49 8b 45 00", encode(a -> a.emit(Mnemonic.MOV, QWORD, RAX, Memory.of(R13, 0))));
        assertEquals("4a 8b 44 25 00", encode(a -> a.emit(Mnemonic.MOV, QWORD, RAX, Memory.of(RBP, R12, 1, 0))));
        assertEquals("4b 8b 44 ed 00", encode(a -> a.emit(Mnemonic.MOV, QWORD, RAX, Memory.of(R13, R13, 8, 0))));
    }

    @Test
    void displacementSizeFollowsTheSignedByteRange() {
        assertEquals("8b 40 7f", encode(a -> a.emit(Mnemonic.MOV, DWORD, RAX, Memory.of(RAX, 127))));
        assertEquals("8b 80 80 00 00 00", encode(a -> a.emit(Mnemonic.MOV, DWORD, RAX, Memory.of(RAX, 128))));
        assertEquals("8b 40 80", encode(a -> a.emit(Mnemonic.MOV, DWORD, RAX, Memory.of(RAX, -128))));
        assertEquals("8b 80 7f ff ff ff", encode(a -> a.emit(Mnemonic.MOV, DWORD, RAX, Memory.of(RAX, -129))));
    }

    @Test
    void indexRegisterRules() {
        assertThrows(IllegalArgumentException.class, () -> Memory.of(RAX, RSP, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Memory.of(RAX, RCX, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> Memory.of(RAX, 1L << 31));
        // R12 is a valid index (REX.X + 100b), unlike RSP.
        assertEquals("4a 8b 04 20", encode(a -> a.emit(Mnemonic.MOV, QWORD, RAX, Memory.of(RAX, R12, 1, 0))));
        // No base: SIB base = 101b with disp32.
        assertEquals("8b 04 8d 10 00 00 00", encode(a -> a.emit(Mnemonic.MOV, DWORD, RAX, Memory.of(null, RCX, 4, 16))));
    }

    @Test
    void absoluteAndRipRelativeAddresses() {
        assertEquals("8b 04 25 00 10 00 00", encode(a -> a.emit(Mnemonic.MOV, DWORD, RAX, Memory.absolute(0x1000))));
        assertEquals("8b 05 10 00 00 00", encode(a -> a.emit(Mnemonic.MOV, DWORD, RAX, Memory.rip(0x10))));
    }

    // --- REX ----------------------------------------------------------------------------

    @Test
    void byteRegistersFourToSevenNeedAnEmptyRex() {
        assertEquals("40 88 f7", encode(a -> a.emit(Mnemonic.MOV, BYTE, RDI, RSI)));       // mov dil, sil
        assertEquals("88 d8", encode(a -> a.emit(Mnemonic.MOV, BYTE, RAX, RBX)));          // mov al, bl
        assertEquals("89 f7", encode(a -> a.emit(Mnemonic.MOV, DWORD, RDI, RSI)));         // mov edi, esi
        assertEquals("40 0f 94 c6", encode(a -> a.setcc(Condition.EQUAL, RSI)));           // sete sil
        assertEquals("0f 94 c3", encode(a -> a.setcc(Condition.EQUAL, RBX)));              // sete bl
        assertEquals("40 0f b6 c7", encode(a -> a.emit(Mnemonic.MOVZX, BYTE, RAX, RDI))); // movzx eax, dil
        assertEquals("40 88 2f", encode(a -> a.emit(Mnemonic.MOV, BYTE, Memory.of(RDI, 0), RBP))); // mov [rdi], bpl
        assertEquals("44 88 c4", encode(a -> a.emit(Mnemonic.MOV, BYTE, RSP, R8)));       // mov spl, r8b
    }

    @Test
    void extendedRegistersSetRexBits() {
        assertEquals("4d 01 f8", encode(a -> a.emit(Mnemonic.ADD, QWORD, R8, R15)));
        assertEquals("45 01 f8", encode(a -> a.emit(Mnemonic.ADD, DWORD, R8, R15)));
        assertEquals("66 45 01 f8", encode(a -> a.emit(Mnemonic.ADD, WORD, R8, R15)));
        assertEquals("41 50", encode(a -> a.emit(Mnemonic.PUSH, QWORD, R8)));
        assertEquals("f2 45 0f 58 c7", encode(a -> a.emit(Mnemonic.ADDSD, null, XmmRegister.XMM8, XmmRegister.XMM15)));
        assertEquals("44 0f 22 c0", encode(a -> a.emit(Mnemonic.MOV, QWORD, ControlRegister.CR8, RAX)));
    }

    // --- Immediates -----------------------------------------------------------------------

    @Test
    void movImmediateChoosesTheShortestForm() {
        assertEquals("48 c7 c0 01 00 00 00", encode(a -> a.emit(Mnemonic.MOV, QWORD, RAX, Immediate.of(1))));
        assertEquals("48 c7 c0 ff ff ff ff", encode(a -> a.emit(Mnemonic.MOV, QWORD, RAX, Immediate.of(-1))));
        assertEquals("48 c7 c0 00 00 00 80", encode(a -> a.emit(Mnemonic.MOV, QWORD, RAX, Immediate.of(Integer.MIN_VALUE))));
        assertEquals("48 b8 00 00 00 80 00 00 00 00", encode(a -> a.emit(Mnemonic.MOV, QWORD, RAX, Immediate.of(0x80000000L))));
        assertEquals("49 bb 88 77 66 55 44 33 22 11",
            encode(a -> a.emit(Mnemonic.MOV, QWORD, R11, Immediate.of(0x1122334455667788L))));
        assertEquals("b8 ff ff ff ff", encode(a -> a.emit(Mnemonic.MOV, DWORD, RAX, Immediate.of(0xffffffffL))));
        assertEquals("b8 ff ff ff ff", encode(a -> a.emit(Mnemonic.MOV, DWORD, RAX, Immediate.of(-1))));
        assertEquals("41 b0 80", encode(a -> a.emit(Mnemonic.MOV, BYTE, R8, Immediate.of(0x80))));
        // There is no mov m64, imm64.
        assertThrows(IllegalArgumentException.class,
            () -> new Assembler().emit(Mnemonic.MOV, QWORD, Memory.of(RAX, 0), Immediate.of(0x80000000L)));
    }

    @Test
    void arithmeticImmediatesUseImm8WhenTheValueFitsSignExtended() {
        assertEquals("48 83 c0 7f", encode(a -> a.emit(Mnemonic.ADD, QWORD, RAX, Immediate.of(127))));
        assertEquals("48 05 80 00 00 00", encode(a -> a.emit(Mnemonic.ADD, QWORD, RAX, Immediate.of(128))));
        assertEquals("48 81 c3 80 00 00 00", encode(a -> a.emit(Mnemonic.ADD, QWORD, RBX, Immediate.of(128))));
        assertEquals("83 c0 ff", encode(a -> a.emit(Mnemonic.ADD, DWORD, RAX, Immediate.of(0xffffffffL))));
        assertThrows(IllegalArgumentException.class, () -> new Assembler().emit(Mnemonic.ADD, QWORD, RAX, Immediate.of(0xffffffffL)));
        assertThrows(IllegalArgumentException.class, () -> new Assembler().emit(Mnemonic.ADD, DWORD, RAX, Immediate.of(1L << 32)));
        assertEquals("6b c0 05", encode(a -> a.emit(Mnemonic.IMUL, DWORD, RAX, Immediate.of(5))));
        assertEquals("6a ff", encode(a -> a.emit(Mnemonic.PUSH, QWORD, Immediate.of(-1))));
        assertEquals("68 80 00 00 00", encode(a -> a.emit(Mnemonic.PUSH, QWORD, Immediate.of(128))));
    }

    @Test
    void shiftsByOneByClAndByImmediate() {
        assertEquals("48 d1 e0", encode(a -> a.emit(Mnemonic.SHL, QWORD, RAX, Immediate.of(1))));
        assertEquals("48 d3 e0", encode(a -> a.emit(Mnemonic.SHL, QWORD, RAX, RCX)));
        assertEquals("48 c1 f8 3f", encode(a -> a.emit(Mnemonic.SAR, QWORD, RAX, Immediate.of(63))));
        assertThrows(IllegalArgumentException.class, () -> new Assembler().emit(Mnemonic.SHL, QWORD, RAX, RDX));
    }

    @Test
    void portIo() {
        assertEquals("ec", encode(a -> a.emit(Mnemonic.IN, BYTE, RAX, RDX)));
        assertEquals("66 ef", encode(a -> a.emit(Mnemonic.OUT, WORD, RDX, RAX)));
        assertEquals("e4 80", encode(a -> a.emit(Mnemonic.IN, BYTE, RAX, Immediate.of(0x80))));
        assertEquals("e7 e9", encode(a -> a.emit(Mnemonic.OUT, DWORD, Immediate.of(0xe9), RAX)));
    }

    @Test
    void extensionWidthConventions() {
        assertEquals("0f b6 c3", encode(a -> a.emit(Mnemonic.MOVZX, BYTE, RAX, RBX)));          // movzx eax, bl
        assertEquals("0f b7 c3", encode(a -> a.emit(Mnemonic.MOVZX, WORD, RAX, RBX)));          // movzx eax, bx
        assertEquals("48 0f be c3", encode(a -> a.emit(Mnemonic.MOVSX, BYTE, RAX, RBX)));       // movsx rax, bl
        assertEquals("0f be c3", encode(a -> a.emit(Mnemonic.MOVSX, DWORD, BYTE, RAX, RBX)));   // movsx eax, bl
        assertEquals("48 63 c1", encode(a -> a.emit(Mnemonic.MOVSXD, DWORD, RAX, RCX)));
        assertEquals("48 63 c1", encode(a -> a.emit(Mnemonic.MOVSXD, QWORD, RAX, RCX)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new Assembler().emit(Mnemonic.MOVZX, QWORD, RAX, RBX));
        assertTrue(e.getMessage().contains("MOVZX"), e.getMessage());
        assertEquals("f2 48 0f 2a c0", encode(a -> a.emit(Mnemonic.CVTSI2SD, QWORD, XmmRegister.XMM0, RAX)));
        assertEquals("f2 0f 2c c0", encode(a -> a.emit(Mnemonic.CVTTSD2SI, DWORD, RAX, XmmRegister.XMM0)));
    }

    // --- Relocations ------------------------------------------------------------------------

    @Test
    void ripRelativeSymbolAddendAccountsForTrailingImmediate() {
        Assembler a = new Assembler();
        a.emit(Mnemonic.MOV, QWORD, RAX, Memory.rip("sym", 0));                       // 48 8b 05 disp32
        a.emit(Mnemonic.CMP, BYTE, Memory.rip("sym", 8), Immediate.of(1));             // 80 3d disp32 ib
        a.emit(Mnemonic.MOV, DWORD, Memory.rip("sym", 0), Immediate.of(0x12345678));   // c7 05 disp32 id
        a.emit(Mnemonic.MOV, WORD, Memory.rip("sym", 0), Immediate.of(0x1234));        // 66 c7 05 disp32 iw
        AssembledCode code = a.finish();
        assertEquals(List.of(
            new Relocation(3, RelocationType.PC_RELATIVE_32, "sym", -4),
            new Relocation(9, RelocationType.PC_RELATIVE_32, "sym", 8 - 5),
            new Relocation(16, RelocationType.PC_RELATIVE_32, "sym", -8),
            new Relocation(27, RelocationType.PC_RELATIVE_32, "sym", -6)), code.relocations());
    }

    @Test
    void symbolImmediates() {
        Assembler a = new Assembler();
        a.emit(Mnemonic.MOV, QWORD, RDI, Immediate.symbolAddress("table", 16));          // 48 bf imm64
        a.emit(Mnemonic.MOV, QWORD, Memory.of(RAX, 0), Immediate.symbolAddress("t", 0)); // 48 c7 00 imm32
        a.emit(Mnemonic.MOV, DWORD, RAX, Immediate.symbolAddress("t", 0));              // b8 imm32
        AssembledCode code = a.finish();
        assertEquals("48 bf 00 00 00 00 00 00 00 00 48 c7 00 00 00 00 00 b8 00 00 00 00", GoldenTable.hex(code.code()));
        assertEquals(List.of(
            new Relocation(2, RelocationType.ABSOLUTE_64, "table", 16),
            new Relocation(13, RelocationType.ABSOLUTE_32_SIGNED, "t", 0),
            new Relocation(18, RelocationType.ABSOLUTE_32, "t", 0)), code.relocations());
    }

    @Test
    void callsAndJumpsToSymbols() {
        Assembler a = new Assembler();
        a.call("callee");
        a.jump("tail");
        a.jump(Condition.NOT_EQUAL, "other");
        AssembledCode code = a.finish();
        assertEquals("e8 00 00 00 00 e9 00 00 00 00 0f 85 00 00 00 00", GoldenTable.hex(code.code()));
        assertEquals(List.of(
            new Relocation(1, RelocationType.PLT_32, "callee", -4),
            new Relocation(6, RelocationType.PLT_32, "tail", -4),
            new Relocation(12, RelocationType.PLT_32, "other", -4)), code.relocations());
    }

    // --- Labels and relaxation ----------------------------------------------------------------

    private static byte[] jumpOver(int gap, boolean forward, Condition condition) {
        Assembler a = new Assembler();
        Label label = a.newLabel();
        if (!forward) {
            a.bind(label);
            a.emitBytes(new byte[gap]);
        }
        if (condition == null) {
            a.jump(label);
        } else {
            a.jump(condition, label);
        }
        if (forward) {
            a.emitBytes(new byte[gap]);
            a.bind(label);
        }
        return a.finish().code();
    }

    @Test
    void relaxationAcrossTheRel8Boundary() {
        assertArrayEquals(bytes("eb 7f"), java.util.Arrays.copyOf(jumpOver(127, true, null), 2));
        assertArrayEquals(bytes("e9 80 00 00 00"), java.util.Arrays.copyOf(jumpOver(128, true, null), 5));
        assertArrayEquals(bytes("74 7f"), java.util.Arrays.copyOf(jumpOver(127, true, Condition.EQUAL), 2));
        assertArrayEquals(bytes("0f 84 80 00 00 00"), java.util.Arrays.copyOf(jumpOver(128, true, Condition.EQUAL), 6));
        byte[] back = jumpOver(126, false, null);
        assertArrayEquals(bytes("eb 80"), java.util.Arrays.copyOfRange(back, 126, 128));
        back = jumpOver(127, false, null);
        assertArrayEquals(bytes("e9 7c ff ff ff"), java.util.Arrays.copyOfRange(back, 127, 132));   // -132
        back = jumpOver(127, false, Condition.LESS);
        assertArrayEquals(bytes("0f 8c 7b ff ff ff"), java.util.Arrays.copyOfRange(back, 127, 133)); // -133
    }

    @Test
    void wideningOneBranchCanWidenAnother() {
        Assembler a = new Assembler();
        Label z = a.newLabel();
        Label y = a.newLabel();
        a.jump(Condition.NOT_EQUAL, z);   // 2 + ... fits only while the jmp below is short
        a.jump(y);
        a.emitBytes(new byte[123]);
        a.bind(z);
        a.emitBytes(new byte[10]);
        a.bind(y);
        byte[] code = a.finish().code();
        assertArrayEquals(bytes("0f 85 80 00 00 00 e9 85 00 00 00"), java.util.Arrays.copyOf(code, 11));
        assertEquals(6 + 5 + 123, a.offsetOf(z));
        assertEquals(6 + 5 + 133, a.offsetOf(y));
    }

    @Test
    void positionIsProvisionalUntilFinishUnlessRelaxationIsOff() {
        Assembler relaxing = new Assembler();
        Label far = relaxing.newLabel();
        relaxing.jump(far);
        assertEquals(2, relaxing.position());
        Label after = relaxing.newLabel();
        relaxing.bind(after);
        relaxing.emitBytes(new byte[200]);
        relaxing.bind(far);
        relaxing.finish();
        assertEquals(5, relaxing.offsetOf(after));

        Assembler fixed = new Assembler(false);
        Label target = fixed.newLabel();
        Label back = fixed.newLabel();
        fixed.bind(back);
        fixed.jump(target);
        assertEquals(5, fixed.position());
        fixed.jump(back);                         // backward and in range: rel8
        assertEquals(7, fixed.position());
        fixed.bind(target);
        assertEquals("e9 02 00 00 00 eb f9", GoldenTable.hex(fixed.finish().code()));
        assertEquals(7, fixed.offsetOf(target));
    }

    @Test
    void alignPadsWithNopsAfterRelaxation() {
        Assembler a = new Assembler();
        Label far = a.newLabel();
        a.jump(far);                     // becomes 5 bytes
        a.align(16);
        Label aligned = a.newLabel();
        a.bind(aligned);
        a.emitBytes(new byte[300]);
        a.bind(far);
        a.emit(Mnemonic.RET);
        byte[] code = a.finish().code();
        assertEquals(16, a.offsetOf(aligned));
        assertArrayEquals(bytes("66 0f 1f 84 00 00 00 00 00 66 90"), java.util.Arrays.copyOfRange(code, 5, 16));
        assertEquals("", encode(b -> b.align(8)));
        assertThrows(IllegalArgumentException.class, () -> new Assembler().align(12));
    }

    @Test
    void labelAddressesAndDifferences() {
        Assembler a = new Assembler(true, "code_start");
        Label table = a.newLabel();
        Label case0 = a.newLabel();
        Label case1 = a.newLabel();
        a.emit(Mnemonic.LEA, QWORD, RCX, Memory.rip(table, 0));
        a.bind(case0);
        a.emit(Mnemonic.NOP);
        a.bind(case1);
        a.emit(Mnemonic.RET);
        a.bind(table);
        a.emitLabelOffset32(case0, table);
        a.emitLabelOffset32(case1, table);
        a.emitLabelAddress64(case1);
        a.call(case0);
        AssembledCode code = a.finish();
        assertEquals("48 8d 0d 02 00 00 00 90 c3 fe ff ff ff ff ff ff ff 00 00 00 00 00 00 00 00 e8 e9 ff ff ff",
            GoldenTable.hex(code.code()));
        assertEquals(List.of(new Relocation(17, RelocationType.ABSOLUTE_64, "code_start", 8)), code.relocations());
    }

    // --- Errors -----------------------------------------------------------------------------

    @Test
    void badOperandsNameTheMnemonicAndOperandKinds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new Assembler().emit(Mnemonic.ADD, QWORD, XmmRegister.XMM0, RAX));
        assertTrue(e.getMessage().startsWith("ADD"), e.getMessage());
        assertTrue(e.getMessage().contains("XmmRegister") && e.getMessage().contains("Register"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Assembler().emit(Mnemonic.MOV, QWORD, Immediate.of(1), RAX));
        assertThrows(IllegalArgumentException.class, () -> new Assembler().emit(Mnemonic.LEA, QWORD, RAX, RBX));
        assertThrows(IllegalArgumentException.class, () -> new Assembler().emit(Mnemonic.JCC, null, Immediate.of(0)));
        assertThrows(IllegalArgumentException.class, () -> new Assembler().emit(Mnemonic.JMP, null, Immediate.of(0)));
        assertThrows(IllegalArgumentException.class, () -> new Assembler().emit(Mnemonic.RET, QWORD, RAX));
        assertThrows(IllegalArgumentException.class, () -> new Assembler().cmov(Condition.EQUAL, BYTE, RAX, RBX));
    }

    @Test
    void labelMisuse() {
        Assembler a = new Assembler();
        Label unbound = a.newLabel();
        a.jump(unbound);
        assertThrows(IllegalStateException.class, a::finish);

        Assembler b = new Assembler();
        Label label = b.newLabel();
        b.bind(label);
        assertThrows(IllegalArgumentException.class, () -> b.bind(label));
        assertThrows(IllegalArgumentException.class, () -> new Assembler().jump(label));
        assertThrows(IllegalStateException.class, () -> b.offsetOf(label));
        b.finish();
        assertEquals(0, b.offsetOf(label));
        assertThrows(IllegalStateException.class, () -> b.emit(Mnemonic.NOP));
    }

    // --- Types ------------------------------------------------------------------------------

    @Test
    void conditionCodesAndNegation() {
        assertEquals(0x4, Condition.EQUAL.code());
        assertEquals(0xC, Condition.LESS.code());
        assertEquals(0xF, Condition.GREATER.code());
        for (Condition c : Condition.values()) {
            assertEquals(c.code() ^ 1, c.negate().code());
            assertEquals(c, c.negate().negate());
        }
        assertEquals(Condition.GREATER_OR_EQUAL, Condition.LESS.negate());
        assertEquals(Condition.ABOVE, Condition.BELOW_OR_EQUAL.negate());
    }

    @Test
    void everyMnemonicHasTableRows() {
        for (Mnemonic m : Mnemonic.values()) {
            assertFalse(EncodingTable.rows(m).isEmpty(), m + " has no encoding rows");
        }
        assertTrue(EncodingTable.size() > 400, "table has " + EncodingTable.size() + " rows");
    }

    @Test
    void tableRowsAreValidatedWhenParsed() {
        assertThrows(IllegalArgumentException.class, () -> new EncodingRow(Mnemonic.ADD, "r/m64, imm8", "REX.W + 83 /0", OperandEncoding.MI));
        assertThrows(IllegalArgumentException.class, () -> new EncodingRow(Mnemonic.ADD, "r/m64, r64", "REX.W + 01 /r", OperandEncoding.RM));
        assertThrows(IllegalArgumentException.class, () -> new EncodingRow(Mnemonic.ADD, "r/m65", "01 /r", OperandEncoding.M));
        assertThrows(IllegalArgumentException.class, () -> new EncodingRow(Mnemonic.ADD, "r64", "ZZ", OperandEncoding.O));
    }
}
