package org.os2j.compiler.x86;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.os2j.compiler.object.RelocationType;

/**
 * Encodes one instruction: picks the first {@link EncodingTable} row that accepts the operands
 * and emits, in the order of Intel SDM Vol. 2, 2.1 "Instruction Format" (Figure 2-1): the 66h
 * operand-size prefix for 16-bit rows (2.1.1 "Instruction Prefixes"), the row's mandatory
 * prefixes, REX (2.2.1, computed by {@link Rex}), the opcode (with +r or +cc), ModR/M, SIB and
 * displacement ({@link ModRmEncoder}), then immediates and relative offsets (2.1.6).
 */
final class InstructionEncoder {
    private InstructionEncoder() {
    }

    /** Encoded bytes plus the fields that still need a symbol or label value. */
    record Encoded(byte[] bytes, List<Fixup> fixups) {
    }

    /**
     * Encodes {@code mnemonic} with {@code operands}; {@code widths[i]} is the expected size of
     * operand i (null matches only unsized operand patterns), {@code condition} is required exactly for JCC/SETCC/CMOVCC.
     */
    static Encoded encode(Mnemonic mnemonic, Condition condition, Width[] widths, Operand... operands) {
        boolean conditional = mnemonic == Mnemonic.JCC || mnemonic == Mnemonic.SETCC || mnemonic == Mnemonic.CMOVCC;
        if (conditional != (condition != null)) {
            throw new IllegalArgumentException(mnemonic + (conditional ? " needs a condition" : " takes no condition"));
        }
        if (mnemonic == Mnemonic.IMUL && operands.length == 2 && operands[1] instanceof Immediate) {
            // imul r, imm is GNU shorthand for imul r, r, imm.
            operands = new Operand[] {operands[0], operands[0], operands[1]};
            widths = new Width[] {widths[0], widths[0], widths[1]};
        }
        EncodingRow row = select(mnemonic, widths, operands);
        if (row == null && mnemonic == Mnemonic.TEST && operands.length == 2
                && operands[0] instanceof Register && operands[1] instanceof Memory) {
            // TEST is commutative; the SDM lists only r/m, r (GNU as accepts r, m the same way).
            operands = new Operand[] {operands[1], operands[0]};
            widths = new Width[] {widths[1], widths[0]};
            row = select(mnemonic, widths, operands);
        }
        if (row == null) {
            throw noForm(mnemonic, widths, operands);
        }
        return encode(row, condition, operands);
    }

    /**
     * Encodes the JMP, JCC or CALL row whose relative offset has {@code bits} bits (8 or 32) with
     * displacement {@code displacement}, measured from the end of the instruction.
     */
    static Encoded encodeRelative(Mnemonic mnemonic, Condition condition, int bits, long displacement) {
        for (EncodingRow row : EncodingTable.rows(mnemonic)) {
            if (row.operands.size() == 1 && row.operands.get(0).kind == OperandPattern.Kind.RELATIVE
                    && row.operands.get(0).bits == bits) {
                if (!OperandPattern.fitsSigned(displacement, bits)) {
                    throw new IllegalArgumentException(mnemonic + ": displacement " + displacement
                        + " does not fit in rel" + bits);
                }
                return encode(row, condition, new Operand[] {Immediate.of(displacement)});
            }
        }
        throw new IllegalArgumentException(mnemonic + " has no rel" + bits + " form");
    }

    private static EncodingRow select(Mnemonic mnemonic, Width[] widths, Operand[] operands) {
        boolean symbolic = Arrays.stream(operands).anyMatch(o -> o instanceof Immediate i && i.isSymbolic());
        List<EncodingRow> rows = EncodingTable.rows(mnemonic);
        if (symbolic) {
            // A symbol address fills a full imm64 where the instruction has one (mov r64, imm64).
            for (EncodingRow row : rows) {
                if (row.hasImmediate64 && row.matches(operands, widths)) {
                    return row;
                }
            }
        }
        for (EncodingRow row : rows) {
            if (row.matches(operands, widths) && !isXchgEaxEax(row, operands)) {
                return row;
            }
        }
        return null;
    }

    /**
     * In 64-bit mode 90h is NOP and does not zero the upper half of RAX, so XCHG EAX, EAX must
     * use 87 /r (SDM Vol. 2B, XCHG, "IA-32 Architecture Compatibility" note).
     */
    private static boolean isXchgEaxEax(EncodingRow row, Operand[] operands) {
        return row.mnemonic == Mnemonic.XCHG && row.encoding == OperandEncoding.O && row.operandSizeBits == 32
            && operands[0] == Register.RAX && operands[1] == Register.RAX;
    }

    private static Encoded encode(EncodingRow row, Condition condition, Operand[] operands) {
        OpcodeSpec op = row.opcode;
        Rex rex = new Rex();
        if (op.rexW) {
            rex.setW();
        }
        int reg = op.modRm >= 0 ? op.modRm : 0;
        Operand rm = null;
        Register opcodeRegister = null;
        List<Immediate> immediates = new ArrayList<>();
        Immediate relative = null;
        for (int i = 0, explicit = 0; i < operands.length; i++) {
            OperandPattern pattern = row.operands.get(i);
            if (pattern.isImplicit()) {
                continue;
            }
            Operand operand = operands[i];
            if (pattern.isByteRegister() && operand instanceof Register r) {
                rex.byteRegister(r);
            }
            switch (row.encoding.role(explicit++)) {
                case 'R' -> reg = ModRmEncoder.registerNumber(operand);
                case 'M' -> rm = operand;
                case 'O' -> opcodeRegister = (Register) operand;
                case 'I' -> immediates.add((Immediate) operand);
                case 'D' -> relative = (Immediate) operand;
                default -> throw new IllegalStateException("bad role in " + row);
            }
        }
        ModRmEncoder.Encoded modRm = op.hasModRm() ? ModRmEncoder.encode(reg, rm, rex) : null;
        if (opcodeRegister != null) {
            rex.base(opcodeRegister.number());
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream(16);
        if (row.operandSizeBits == 16 && !op.noOperandSizePrefix) {
            out.write(0x66);
        }
        out.writeBytes(op.prefixes);
        if (rex.isNeeded()) {
            out.write(rex.value());
        }
        for (int i = 0; i < op.opcode.length; i++) {
            int b = op.opcode[i] & 0xFF;
            if (i == op.opcode.length - 1) {
                if (opcodeRegister != null) {
                    b += opcodeRegister.number() & 7;
                } else if (op.conditionInOpcode) {
                    b += condition.code();
                }
            }
            out.write(b);
        }
        int displacementField = -1;
        if (modRm != null) {
            if (modRm.displacementOffset() >= 0) {
                displacementField = out.size() + modRm.displacementOffset();
            }
            out.writeBytes(modRm.bytes());
        }
        List<Integer> immediateFields = new ArrayList<>();
        for (int i = 0; i < immediates.size(); i++) {
            immediateFields.add(out.size());
            Immediate immediate = immediates.get(i);
            // A symbolic field stays zero: the RELA relocation carries the addend, as with GNU as.
            writeLittleEndian(out, immediate.isSymbolic() ? 0 : immediate.value(), op.immediateSizes.get(i));
        }
        if (relative != null) {
            writeLittleEndian(out, relative.value(), op.relativeSize);
        }
        int length = out.size();

        List<Fixup> fixups = new ArrayList<>();
        if (displacementField >= 0) {
            Memory memory = (Memory) rm;
            if (memory.label() != null) {
                fixups.add(new Fixup.LabelRelative(displacementField, memory.label(), memory.displacement(), length));
            } else if (memory.ripRelative()) {
                fixups.add(new Fixup.SymbolReference(displacementField, RelocationType.PC_RELATIVE_32,
                    memory.symbol(), memory.displacement() - (length - displacementField)));
            } else {
                fixups.add(new Fixup.SymbolReference(displacementField, RelocationType.ABSOLUTE_32_SIGNED,
                    memory.symbol(), memory.displacement()));
            }
        }
        for (int i = 0; i < immediates.size(); i++) {
            Immediate immediate = immediates.get(i);
            if (immediate.isSymbolic()) {
                int size = op.immediateSizes.get(i);
                RelocationType type = size == 8 ? RelocationType.ABSOLUTE_64
                    : row.operandSizeBits == 32 ? RelocationType.ABSOLUTE_32 : RelocationType.ABSOLUTE_32_SIGNED;
                fixups.add(new Fixup.SymbolReference(immediateFields.get(i), type, immediate.symbol(), immediate.value()));
            }
        }
        return new Encoded(out.toByteArray(), List.copyOf(fixups));
    }

    private static void writeLittleEndian(ByteArrayOutputStream out, long value, int size) {
        for (int i = 0; i < size; i++) {
            out.write((int) (value >>> (8 * i)));
        }
    }

    private static IllegalArgumentException noForm(Mnemonic mnemonic, Width[] widths, Operand[] operands) {
        String kinds = Arrays.stream(operands)
            .map(o -> o == null ? "null" : o.getClass().getSimpleName() + " " + o)
            .collect(Collectors.joining(", ", "(", ")"));
        String sizes = Arrays.stream(widths).map(w -> w == null ? "any" : w.toString())
            .distinct().collect(Collectors.joining("/"));
        String forms = EncodingTable.rows(mnemonic).stream()
            .map(r -> r.operands.isEmpty() ? "(none)" : r.operands.stream().map(Object::toString).collect(Collectors.joining(", ")))
            .distinct().collect(Collectors.joining("; "));
        return new IllegalArgumentException(mnemonic + ": no encoding for operands " + kinds
            + (operands.length == 0 ? "" : " at width " + sizes) + "; forms: " + (forms.isEmpty() ? "none" : forms));
    }
}
