package org.os2j.compiler.x86;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "Opcode" column of an SDM table row, parsed (Intel SDM Vol. 2, 3.1.1.1 "Opcode Column in
 * the Instruction Summary Table"): mandatory prefixes {@code 66}/{@code F2}/{@code F3} before the
 * opcode, {@code NP} (no 66h operand-size prefix), {@code REX.W}, opcode bytes, {@code +rb +rw +rd
 * +ro} (register in the low opcode bits), {@code /digit} and {@code /r} (ModR/M), {@code ib iw id
 * io} (immediates), {@code cb cd} (relative offsets). The SDM's {@code REX} and {@code +}
 * separators are accepted and ignored (REX for byte registers is derived, see {@link Rex}). One
 * addition to the SDM notation: {@code +cc} adds the condition's tttn code (Appendix B.1.4.7) to
 * the last opcode byte, standing for the sixteen Jcc/SETcc/CMOVcc rows. As in the SDM, opcode
 * bytes are upper-case hex and the codes lower case, which keeps {@code CD ib} (INT) apart from
 * {@code E8 cd} (CALL rel32).
 */
final class OpcodeSpec {
    /** No ModR/M byte. */
    static final int NO_MODRM = -2;
    /** ModR/M with the reg field from an operand ({@code /r}). */
    static final int REG_FROM_OPERAND = -1;

    final byte[] prefixes;
    final boolean noOperandSizePrefix;
    final boolean rexW;
    final byte[] opcode;
    final boolean registerInOpcode;
    final boolean conditionInOpcode;
    /** {@link #NO_MODRM}, {@link #REG_FROM_OPERAND} or the /digit value 0-7. */
    final int modRm;
    /** Sizes in bytes of the immediate fields, in order. */
    final List<Integer> immediateSizes;
    /** Size in bytes of the relative offset (cb = 1, cd = 4), or 0. */
    final int relativeSize;
    final String text;

    private OpcodeSpec(byte[] prefixes, boolean noOperandSizePrefix, boolean rexW, byte[] opcode,
                       boolean registerInOpcode, boolean conditionInOpcode, int modRm,
                       List<Integer> immediateSizes, int relativeSize, String text) {
        this.prefixes = prefixes;
        this.noOperandSizePrefix = noOperandSizePrefix;
        this.rexW = rexW;
        this.opcode = opcode;
        this.registerInOpcode = registerInOpcode;
        this.conditionInOpcode = conditionInOpcode;
        this.modRm = modRm;
        this.immediateSizes = immediateSizes;
        this.relativeSize = relativeSize;
        this.text = text;
    }

    static OpcodeSpec parse(String text) {
        List<String> tokens = tokenize(text);
        ByteArrayOutputStream prefixes = new ByteArrayOutputStream();
        ByteArrayOutputStream opcode = new ByteArrayOutputStream();
        boolean np = false;
        boolean rexW = false;
        boolean register = false;
        boolean condition = false;
        int modRm = NO_MODRM;
        List<Integer> immediates = new ArrayList<>();
        int relative = 0;
        for (String token : tokens) {
            String t = token;
            if (t.equals("NP")) {
                np = true;
            } else if (t.equals("REX.W")) {
                rexW = true;
            } else if (t.equals("REX")) {
                continue;
            } else if (t.matches("[0-9A-F]{2}")) {
                int value = Integer.parseInt(t, 16);
                if (register || condition || modRm != NO_MODRM || !immediates.isEmpty()) {
                    throw bad(text, "opcode byte after register/ModR/M/immediate");
                }
                boolean isPrefix = opcode.size() == 0 && !rexW && (value == 0x66 || value == 0xF2 || value == 0xF3);
                (isPrefix ? prefixes : opcode).write(value);
            } else if (t.matches("[0-9A-F]{2}\\+(rb|rw|rd|ro|cc)")) {
                if (register || condition) {
                    throw bad(text, "two +r/+cc opcodes");
                }
                opcode.write(Integer.parseInt(t.substring(0, 2), 16));
                register = !t.endsWith("cc");
                condition = t.endsWith("cc");
            } else if (t.matches("/[0-7]")) {
                modRm = t.charAt(1) - '0';
            } else if (t.equals("/r")) {
                modRm = REG_FROM_OPERAND;
            } else if (t.matches("i[bwdo]")) {
                immediates.add(switch (t.charAt(1)) {
                    case 'b' -> 1;
                    case 'w' -> 2;
                    case 'd' -> 4;
                    default -> 8;
                });
            } else if (t.equals("cb") || t.equals("cd")) {
                relative = t.equals("cb") ? 1 : 4;
            } else {
                throw bad(text, "unknown token '" + token + "'");
            }
        }
        if (opcode.size() == 0) {
            throw bad(text, "no opcode byte");
        }
        return new OpcodeSpec(prefixes.toByteArray(), np, rexW, opcode.toByteArray(), register, condition,
            modRm, List.copyOf(immediates), relative, text);
    }

    /** Splits on blanks, drops the SDM's "+" separators and joins "B8+ rd" into "B8+rd". */
    private static List<String> tokenize(String text) {
        String[] raw = text.trim().split("\\s+");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String token = raw[i];
            if (token.equals("+")) {
                continue;
            }
            if (token.endsWith("+")) {
                String stem = token.substring(0, token.length() - 1);
                if (stem.toUpperCase(Locale.ROOT).startsWith("REX")) {
                    tokens.add(stem);
                    continue;
                }
                if (i + 1 >= raw.length) {
                    throw bad(text, "dangling '+'");
                }
                token = token + raw[++i];
            }
            tokens.add(token);
        }
        return tokens;
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("bad SDM opcode '" + text + "': " + why);
    }

    boolean hasModRm() {
        return modRm != NO_MODRM;
    }

    @Override
    public String toString() {
        return text;
    }
}
