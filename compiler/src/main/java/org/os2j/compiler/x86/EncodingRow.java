package org.os2j.compiler.x86;

import java.util.ArrayList;
import java.util.List;

/**
 * One parsed row of {@link EncodingTable}: the "Instruction" column (mnemonic and operand
 * notation), the "Opcode" column and the "Op/En" column of an Intel SDM Vol. 2 opcode table
 * (3.1.1 "Instruction Format"). Checks at construction that the three columns agree, so a typo
 * in the table fails class initialisation instead of producing wrong bytes.
 */
final class EncodingRow {
    final Mnemonic mnemonic;
    final List<OperandPattern> operands;
    final OpcodeSpec opcode;
    final OperandEncoding encoding;
    /**
     * The operand size in bits (from the first general-purpose register, r/m or accumulator
     * operand), which decides the 66h prefix and how immediates are sign-extended; 0 if none.
     */
    final int operandSizeBits;
    /** Whether the row has an imm64 field (preferred for symbolic immediates). */
    final boolean hasImmediate64;

    EncodingRow(Mnemonic mnemonic, String operandText, String opcodeText, OperandEncoding encoding) {
        this.mnemonic = mnemonic;
        List<OperandPattern> patterns = new ArrayList<>();
        if (!operandText.isBlank()) {
            for (String part : operandText.split(",")) {
                patterns.add(OperandPattern.parse(part));
            }
        }
        this.operands = List.copyOf(patterns);
        this.opcode = OpcodeSpec.parse(opcodeText);
        this.encoding = encoding;
        this.operandSizeBits = operands.stream().filter(OperandPattern::isSizedIntegerOperand)
            .mapToInt(p -> p.bits).findFirst().orElse(0);
        this.hasImmediate64 = operands.stream().anyMatch(p -> p.kind == OperandPattern.Kind.IMMEDIATE && p.bits == 64);
        validate();
    }

    private void validate() {
        List<OperandPattern> explicit = explicitOperands();
        if (explicit.size() != encoding.explicitOperands()) {
            throw invalid("Op/En " + encoding + " does not describe " + explicit.size() + " explicit operands");
        }
        int immediates = 0;
        int registersInReg = 0;
        int rms = 0;
        int inOpcode = 0;
        int relatives = 0;
        for (int i = 0; i < explicit.size(); i++) {
            OperandPattern pattern = explicit.get(i);
            char role = encoding.role(i);
            boolean ok = switch (role) {
                case 'I' -> pattern.isImmediate() && ++immediates > 0;
                case 'R' -> (pattern.kind == OperandPattern.Kind.REGISTER || pattern.kind == OperandPattern.Kind.XMM
                    || pattern.kind == OperandPattern.Kind.CONTROL) && ++registersInReg > 0;
                case 'M' -> pattern.kind != OperandPattern.Kind.RELATIVE && !pattern.isImmediate() && ++rms > 0;
                case 'O' -> pattern.kind == OperandPattern.Kind.REGISTER && ++inOpcode > 0;
                case 'D' -> pattern.kind == OperandPattern.Kind.RELATIVE && ++relatives > 0;
                default -> false;
            };
            if (!ok) {
                throw invalid("operand " + pattern + " cannot have Op/En role " + role);
            }
        }
        if (immediates != opcode.immediateSizes.size()) {
            throw invalid("operand list has " + immediates + " immediates, opcode " + opcode.immediateSizes.size());
        }
        for (int i = 0, n = 0; i < explicit.size(); i++) {
            if (encoding.role(i) == 'I' && explicit.get(i).bits != opcode.immediateSizes.get(n++) * 8) {
                throw invalid("immediate " + explicit.get(i) + " does not match the opcode's immediate size");
            }
        }
        if ((rms > 0) != opcode.hasModRm() || rms > 1) {
            throw invalid("r/m operand and ModR/M byte disagree");
        }
        if ((registersInReg > 0) != (opcode.modRm == OpcodeSpec.REG_FROM_OPERAND) || registersInReg > 1) {
            throw invalid("/r and reg operand disagree");
        }
        if ((inOpcode > 0) != opcode.registerInOpcode) {
            throw invalid("+r opcode and register operand disagree");
        }
        if ((relatives > 0) != (opcode.relativeSize > 0)) {
            throw invalid("relative operand and cb/cd disagree");
        }
    }

    /** The operands that take a field (not AL/AX/EAX/RAX, CL, DX or 1). */
    List<OperandPattern> explicitOperands() {
        return operands.stream().filter(p -> !p.isImplicit()).toList();
    }

    private IllegalArgumentException invalid(String why) {
        return new IllegalArgumentException("bad encoding table row " + this + ": " + why);
    }

    /** Whether the row applies to these operands at these widths (null: only unsized patterns). */
    boolean matches(Operand[] actual, Width[] widths) {
        if (actual.length != operands.size()) {
            return false;
        }
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == null || !operands.get(i).matches(actual[i], widths[i], operandSizeBits)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return mnemonic + (operands.isEmpty() ? "" : " " + String.join(", ", operands.stream().map(Object::toString).toList()))
            + " | " + opcode + " | " + encoding;
    }
}
