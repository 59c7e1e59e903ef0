package org.os2j.compiler.x86;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.os2j.compiler.object.RelocationType;

/**
 * The x86-64 assembler used by the code generator: emits instructions (encoded by
 * {@code InstructionEncoder} from {@code EncodingTable}, Intel SDM Vol. 2 chapters 2-4), binds
 * labels and resolves them ({@code CodeLayout}), and collects relocations against symbols.
 *
 * <p>Conventions:
 * <ul>
 *   <li>{@code Width} is the operand size; general-purpose registers take their name from it
 *       ({@code RSI} at {@code BYTE} is {@code sil}). SSE-only instructions ignore it (any value,
 *       or null, is fine); instructions with a general-purpose operand require it.</li>
 *   <li>{@code emit(IMUL, w, r, imm)} is shorthand for {@code imul r, r, imm}; TEST accepts a
 *       register destination with a memory source (it is commutative).</li>
 *   <li>MOVZX/MOVSX/MOVSXD with one width: the width is the <em>source</em> size; MOVZX writes
 *       a 32-bit register (which clears bits 63:32), MOVSX a 64-bit one; MOVSXD accepts DWORD or
 *       QWORD and always is r64, r/m32. Use {@link #emit(Mnemonic, Width, Width, Operand, Operand)}
 *       for other destination sizes.</li>
 *   <li>CVTSI2SD/CVTSI2SS: the width is the integer source size; CVTTSD2SI/CVTTSS2SI: the
 *       integer destination size; MOVD is DWORD, MOVQ with a general register QWORD.</li>
 *   <li>Shift by CL: source {@code Register.RCX}; IN/OUT with DX: {@code Register.RDX}; the
 *       accumulator is {@code Register.RAX} at the instruction's width.</li>
 *   <li>Branches to labels are relaxed: rel8 when the final displacement fits, rel32 otherwise.
 *       {@link #position()} is therefore provisional while a forward branch is pending; use a
 *       label and {@link #offsetOf(Label)} after {@link #finish()} for exact offsets, or create
 *       the assembler with {@code new Assembler(false)} (forward branches always rel32, backward
 *       ones rel8 when they fit), in which case {@link #position()} is always final.</li>
 * </ul>
 * Operand combinations that have no encoding throw {@link IllegalArgumentException} naming the
 * mnemonic and operand kinds; they are code generator bugs.
 */
public final class Assembler {
    private static final Set<Mnemonic> BRANCHES = EnumSet.of(Mnemonic.JMP, Mnemonic.CALL, Mnemonic.JCC);
    private static final Set<Mnemonic> CONDITIONAL = EnumSet.of(Mnemonic.JCC, Mnemonic.SETCC, Mnemonic.CMOVCC);

    private final CodeLayout layout = new CodeLayout();
    private final List<Label> labels = new ArrayList<>();
    private final boolean relaxForwardBranches;
    private final String codeSymbol;
    private AssembledCode result;

    /** An assembler that relaxes branches (rel8 where possible). */
    public Assembler() {
        this(true, null);
    }

    /** An assembler whose forward branches are relaxed only if {@code relaxForwardBranches}. */
    public Assembler(boolean relaxForwardBranches) {
        this(relaxForwardBranches, null);
    }

    /**
     * An assembler whose code will be placed at symbol {@code codeSymbol}; needed only for
     * {@link #emitLabelAddress64(Label)}.
     */
    public Assembler(boolean relaxForwardBranches, String codeSymbol) {
        this.relaxForwardBranches = relaxForwardBranches;
        this.codeSymbol = codeSymbol;
    }

    /** A new, unbound label. */
    public Label newLabel() {
        checkOpen();
        Label label = new Label(this, labels.size());
        labels.add(label);
        return label;
    }

    /** Binds {@code label} to the current position. */
    public void bind(Label label) {
        checkOpen();
        checkOwn(label);
        if (label.isBound()) {
            throw new IllegalArgumentException("label " + label + " is already bound");
        }
        layout.bind(label);
    }

    /** Emits an instruction without operands (RET, CQO, SYSCALL, ...). */
    public void emit(Mnemonic mnemonic) {
        encode(mnemonic, null, new Width[0]);
    }

    /** Emits a one-operand instruction (PUSH, NEG, INC, INVLPG, ...). */
    public void emit(Mnemonic mnemonic, Width width, Operand operand) {
        encode(mnemonic, null, new Width[] {width}, operand);
    }

    /** Emits a two-operand instruction; see the class comment for MOVZX/MOVSX and conversions. */
    public void emit(Mnemonic mnemonic, Width width, Operand destination, Operand source) {
        if (mnemonic == Mnemonic.MOVZX || mnemonic == Mnemonic.MOVSX || mnemonic == Mnemonic.MOVSXD) {
            Width[] widths = extensionWidths(mnemonic, width);
            encode(mnemonic, null, widths, destination, source);
        } else {
            encode(mnemonic, null, new Width[] {width, width}, destination, source);
        }
    }

    /** Emits a two-operand instruction whose operands have different sizes (MOVZX, MOVSX, MOVSXD). */
    public void emit(Mnemonic mnemonic, Width destinationWidth, Width sourceWidth, Operand destination, Operand source) {
        encode(mnemonic, null, new Width[] {destinationWidth, sourceWidth}, destination, source);
    }

    /** Emits a three-operand instruction (IMUL r, r/m, imm; ROUNDSD xmm, xmm/m64, imm8). */
    public void emit(Mnemonic mnemonic, Width width, Operand destination, Operand source, Operand third) {
        encode(mnemonic, null, new Width[] {width, width, width}, destination, source, third);
    }

    /** {@code jmp label}: EB rel8 or E9 rel32. */
    public void jump(Label target) {
        branch(Mnemonic.JMP, null, target);
    }

    /** {@code jcc label}: 7x rel8 or 0F 8x rel32. */
    public void jump(Condition condition, Label target) {
        if (condition == null) {
            throw new IllegalArgumentException("JCC needs a condition");
        }
        branch(Mnemonic.JCC, condition, target);
    }

    /** {@code jmp symbol}: E9 rel32 with a PLT_32 relocation (a tail call), as GNU as emits it. */
    public void jump(String symbol) {
        relativeToSymbol(Mnemonic.JMP, null, symbol);
    }

    /** {@code jcc symbol}: 0F 8x rel32 with a PLT_32 relocation. */
    public void jump(Condition condition, String symbol) {
        if (condition == null) {
            throw new IllegalArgumentException("JCC needs a condition");
        }
        relativeToSymbol(Mnemonic.JCC, condition, symbol);
    }

    /** {@code call symbol}: E8 rel32 with a PLT_32 relocation, addend -4. */
    public void call(String symbol) {
        relativeToSymbol(Mnemonic.CALL, null, symbol);
    }

    /** {@code call label}: E8 rel32 to a label of this assembler. */
    public void call(Label target) {
        checkOpen();
        checkOwn(target);
        InstructionEncoder.Encoded call = InstructionEncoder.encodeRelative(Mnemonic.CALL, null, 32, 0);
        int length = call.bytes().length;
        layout.append(new InstructionEncoder.Encoded(call.bytes(),
            List.of(new Fixup.LabelRelative(length - 4, target, 0, length))));
    }

    /** {@code call r/m64} (FF /2). */
    public void call(Operand target) {
        rejectImmediate(Mnemonic.CALL, target);
        encode(Mnemonic.CALL, null, new Width[] {Width.QWORD}, target);
    }

    /** {@code jmp r/m64} (FF /4). */
    public void jumpIndirect(Operand target) {
        rejectImmediate(Mnemonic.JMP, target);
        encode(Mnemonic.JMP, null, new Width[] {Width.QWORD}, target);
    }

    /** {@code setcc r8} (0F 9x /0); the register is used at byte size (sil, dil need REX). */
    public void setcc(Condition condition, Register destination) {
        encode(Mnemonic.SETCC, requireCondition(condition), new Width[] {Width.BYTE}, destination);
    }

    /** {@code setcc m8}. */
    public void setcc(Condition condition, Memory destination) {
        encode(Mnemonic.SETCC, requireCondition(condition), new Width[] {Width.BYTE}, destination);
    }

    /** {@code cmovcc r, r/m} (0F 4x /r) at WORD, DWORD or QWORD. */
    public void cmov(Condition condition, Width width, Register destination, Operand source) {
        encode(Mnemonic.CMOVCC, requireCondition(condition), new Width[] {width, width}, destination, source);
    }

    /** The offset of the next byte (provisional while relaxable forward branches are pending). */
    public int position() {
        return result != null ? result.size() : layout.position();
    }

    /** Pads with NOPs up to a multiple of {@code alignment} (a power of two). */
    public void align(int alignment) {
        checkOpen();
        if (alignment <= 0 || Integer.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("alignment must be a power of two: " + alignment);
        }
        if (alignment > 1) {
            layout.addAlign(alignment);
        }
    }

    /** Emits raw bytes (data, or instructions the table lacks). */
    public void emitBytes(byte[] bytes) {
        checkOpen();
        layout.append(bytes.clone());
    }

    /**
     * Emits the 8-byte absolute address of {@code label}: an ABSOLUTE_64 relocation against the
     * code symbol given to the constructor, with the label's offset as addend.
     */
    public void emitLabelAddress64(Label label) {
        if (codeSymbol == null) {
            throw new IllegalStateException("emitLabelAddress64(Label) needs an Assembler created with a code symbol");
        }
        emitLabelAddress64(label, codeSymbol);
    }

    /** Emits the 8-byte address of {@code label}, given that this code starts at {@code codeSymbol}. */
    public void emitLabelAddress64(Label label, String codeSymbol) {
        checkOpen();
        checkOwn(label);
        layout.addFixup(new Fixup.LabelAddress(0, label, codeSymbol, 0, RelocationType.ABSOLUTE_64));
        layout.append(new byte[8]);
    }

    /**
     * Emits the 4-byte absolute address of {@code label + addend} (an ABSOLUTE_32 relocation
     * against the code symbol given to the constructor): for 32-bit code and boot headers, which
     * give a negative addend to name a physical address.
     */
    public void emitLabelAddress32(Label label, long addend) {
        checkOpen();
        checkOwn(label);
        if (codeSymbol == null) {
            throw new IllegalStateException("emitLabelAddress32 needs an Assembler created with a code symbol");
        }
        layout.addFixup(new Fixup.LabelAddress(0, label, codeSymbol, addend, RelocationType.ABSOLUTE_32));
        layout.append(new byte[4]);
    }

    /** Emits the 4-byte absolute address {@code symbol + addend} (an ABSOLUTE_32 relocation). */
    public void emitSymbolAddress32(String symbol, long addend) {
        checkOpen();
        layout.addFixup(new Fixup.SymbolReference(0, RelocationType.ABSOLUTE_32, symbol, addend));
        layout.append(new byte[4]);
    }

    /** Emits the 4-byte signed difference {@code target - base} (entries of a PIC jump table). */
    public void emitLabelOffset32(Label target, Label base) {
        checkOpen();
        checkOwn(target);
        checkOwn(base);
        layout.addFixup(new Fixup.LabelDifference(0, target, base));
        layout.append(new byte[4]);
    }

    /** Resolves labels and returns the code; the assembler accepts no more code afterwards. */
    public AssembledCode finish() {
        if (result == null) {
            CodeLayout.Result done = layout.finish(labels);
            result = new AssembledCode(done.code(), done.relocations());
        }
        return result;
    }

    /** The final offset of a bound {@code label}; valid after {@link #finish()}. */
    public int offsetOf(Label label) {
        checkOwn(label);
        if (result == null) {
            throw new IllegalStateException("offsetOf is valid after finish()");
        }
        if (!label.isBound()) {
            throw new IllegalArgumentException("label " + label + " was never bound");
        }
        return label.finalOffset;
    }

    private void encode(Mnemonic mnemonic, Condition condition, Width[] widths, Operand... operands) {
        checkOpen();
        if (mnemonic == null) {
            throw new IllegalArgumentException("mnemonic is null");
        }
        if (condition == null && CONDITIONAL.contains(mnemonic)) {
            throw new IllegalArgumentException(mnemonic + " needs a condition: use jump(Condition, Label), setcc or cmov");
        }
        for (Operand operand : operands) {
            if (operand == null) {
                throw new IllegalArgumentException(mnemonic + ": null operand");
            }
            if (operand instanceof Memory memory && memory.label() != null) {
                checkOwn(memory.label());
            }
            if (BRANCHES.contains(mnemonic)) {
                rejectImmediate(mnemonic, operand);
            }
        }
        layout.append(InstructionEncoder.encode(mnemonic, condition, widths, operands));
    }

    private static Width[] extensionWidths(Mnemonic mnemonic, Width width) {
        if (mnemonic == Mnemonic.MOVSXD) {
            if (width != null && width != Width.DWORD && width != Width.QWORD) {
                throw new IllegalArgumentException("MOVSXD: width must be DWORD (source) or QWORD (destination), not " + width);
            }
            return new Width[] {Width.QWORD, Width.DWORD};
        }
        if (width != Width.BYTE && width != Width.WORD) {
            throw new IllegalArgumentException(mnemonic + ": the width is the source size, BYTE or WORD, not " + width
                + "; use emit(" + mnemonic + ", destinationWidth, sourceWidth, destination, source)");
        }
        return new Width[] {mnemonic == Mnemonic.MOVZX ? Width.DWORD : Width.QWORD, width};
    }

    private void branch(Mnemonic mnemonic, Condition condition, Label target) {
        checkOpen();
        checkOwn(target);
        layout.addBranch(mnemonic, condition, target, relaxForwardBranches);
    }

    private void relativeToSymbol(Mnemonic mnemonic, Condition condition, String symbol) {
        checkOpen();
        if (symbol == null || symbol.isEmpty()) {
            throw new IllegalArgumentException(mnemonic + ": symbol name is null or empty");
        }
        InstructionEncoder.Encoded encoded = InstructionEncoder.encodeRelative(mnemonic, condition, 32, 0);
        int length = encoded.bytes().length;
        layout.append(new InstructionEncoder.Encoded(encoded.bytes(),
            List.of(new Fixup.SymbolReference(length - 4, RelocationType.PLT_32, symbol, -4))));
    }

    private static void rejectImmediate(Mnemonic mnemonic, Operand target) {
        if (target instanceof Immediate) {
            throw new IllegalArgumentException(mnemonic + ": an Immediate is not a branch target;"
                + " use jump(Label), jump(String) or call(String)");
        }
    }

    private static Condition requireCondition(Condition condition) {
        if (condition == null) {
            throw new IllegalArgumentException("condition is null");
        }
        return condition;
    }

    private void checkOpen() {
        if (result != null) {
            throw new IllegalStateException("the assembler is finished");
        }
    }

    private void checkOwn(Label label) {
        if (label == null) {
            throw new IllegalArgumentException("label is null");
        }
        if (label.owner != this) {
            throw new IllegalArgumentException("label " + label + " belongs to another assembler");
        }
    }
}
