package org.os2j.compiler.x86;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A small parser for GNU Intel syntax (noprefix), used by the tests to drive {@link Assembler}:
 * mnemonics, registers by name at their width, {@code byte/word/dword/qword/xmmword ptr [base +
 * index*scale + disp]}, {@code [rip + disp]}, {@code [rip + symbol + addend]}, immediates,
 * {@code offset symbol+addend}, {@code lock} and {@code rep} prefixes, and (for whole programs)
 * {@code name:} labels with jumps and calls to labels or external symbols.
 */
final class IntelSyntax {
    private static final Map<String, Register> GPR = new HashMap<>();
    private static final Map<String, Width> GPR_WIDTH = new HashMap<>();
    private static final Map<String, Condition> CONDITIONS = new HashMap<>();
    private static final Set<Mnemonic> SHIFTS = EnumSet.of(Mnemonic.SHL, Mnemonic.SHR, Mnemonic.SAR, Mnemonic.ROL, Mnemonic.ROR);

    static {
        for (Register r : Register.values()) {
            for (Width w : Width.values()) {
                GPR.put(r.nameAt(w), r);
                GPR_WIDTH.put(r.nameAt(w), w);
            }
        }
        for (Condition c : Condition.values()) {
            CONDITIONS.put(c.suffix(), c);
        }
        String[][] aliases = {{"c", "b"}, {"nae", "b"}, {"nb", "ae"}, {"nc", "ae"}, {"z", "e"}, {"nz", "ne"},
            {"na", "be"}, {"nbe", "a"}, {"pe", "p"}, {"po", "np"}, {"nge", "l"}, {"nl", "ge"}, {"ng", "le"}, {"nle", "g"}};
        for (String[] alias : aliases) {
            CONDITIONS.put(alias[0], CONDITIONS.get(alias[1]));
        }
    }

    /** A parsed operand with the width its text implies (register name or "ptr" keyword). */
    record Parsed(Operand operand, Width width, String labelName) {
    }

    private IntelSyntax() {
    }

    /** Assembles one instruction (no labels) and returns the code. */
    static AssembledCode assembleOne(String instruction) {
        Assembler assembler = new Assembler();
        apply(assembler, instruction, name -> null);
        return assembler.finish();
    }

    /**
     * Assembles a program: lines are instructions or {@code name:} labels; names defined as
     * labels are branch targets, other names are external symbols.
     */
    static Program assembleProgram(List<String> lines) {
        Assembler assembler = new Assembler();
        Map<String, Label> labels = new HashMap<>();
        for (String line : lines) {
            String t = line.trim();
            if (t.endsWith(":")) {
                labels.put(t.substring(0, t.length() - 1), assembler.newLabel());
            }
        }
        for (String line : lines) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith(".")) {
                continue;
            }
            if (t.endsWith(":")) {
                assembler.bind(labels.get(t.substring(0, t.length() - 1)));
            } else {
                apply(assembler, t, labels::get);
            }
        }
        return new Program(assembler, labels);
    }

    /** An assembled program and its labels by name. */
    record Program(Assembler assembler, Map<String, Label> labels) {
    }

    /** Emits one instruction into {@code assembler}; {@code labels} maps names to labels (or null). */
    static void apply(Assembler assembler, String instruction, Function<String, Label> labels) {
        String text = instruction.trim().toLowerCase(Locale.ROOT);
        if (text.startsWith("lock ")) {
            assembler.emit(Mnemonic.LOCK);
            text = text.substring(5).trim();
        }
        if (text.startsWith("rep ")) {
            assembler.emit(Mnemonic.valueOf("REP_" + text.substring(4).trim().toUpperCase(Locale.ROOT)));
            return;
        }
        int space = text.indexOf(' ');
        String name = space < 0 ? text : text.substring(0, space);
        List<Parsed> ops = new ArrayList<>();
        if (space >= 0) {
            for (String part : splitOperands(text.substring(space + 1))) {
                ops.add(operand(part, labels));
            }
        }
        if (name.equals("jmp") || name.equals("call")) {
            Parsed target = ops.get(0);
            boolean jump = name.equals("jmp");
            if (target.labelName() != null) {
                Label label = labels.apply(target.labelName());
                if (label != null) {
                    if (jump) {
                        assembler.jump(label);
                    } else {
                        assembler.call(label);
                    }
                } else if (jump) {
                    assembler.jump(target.labelName());
                } else {
                    assembler.call(target.labelName());
                }
            } else if (jump) {
                assembler.jumpIndirect(target.operand());
            } else {
                assembler.call(target.operand());
            }
            return;
        }
        if (name.startsWith("j") && CONDITIONS.containsKey(name.substring(1))) {
            Condition condition = CONDITIONS.get(name.substring(1));
            String target = ops.get(0).labelName();
            Label label = labels.apply(target);
            if (label != null) {
                assembler.jump(condition, label);
            } else {
                assembler.jump(condition, target);
            }
            return;
        }
        if (name.startsWith("set") && CONDITIONS.containsKey(name.substring(3))) {
            Condition condition = CONDITIONS.get(name.substring(3));
            if (ops.get(0).operand() instanceof Register r) {
                assembler.setcc(condition, r);
            } else {
                assembler.setcc(condition, (Memory) ops.get(0).operand());
            }
            return;
        }
        if (name.startsWith("cmov") && CONDITIONS.containsKey(name.substring(4))) {
            assembler.cmov(CONDITIONS.get(name.substring(4)), ops.get(0).width(), (Register) ops.get(0).operand(),
                ops.get(1).operand());
            return;
        }
        Mnemonic mnemonic = switch (name) {
            case "sysretq" -> Mnemonic.SYSRET;
            case "movabs" -> Mnemonic.MOV;
            default -> Mnemonic.valueOf(name.toUpperCase(Locale.ROOT));
        };
        switch (ops.size()) {
            case 0 -> assembler.emit(mnemonic);
            case 1 -> assembler.emit(mnemonic, widthOf(mnemonic, ops), ops.get(0).operand());
            case 2 -> {
                if (mnemonic == Mnemonic.MOVZX || mnemonic == Mnemonic.MOVSX || mnemonic == Mnemonic.MOVSXD) {
                    assembler.emit(mnemonic, ops.get(0).width(), ops.get(1).width(), ops.get(0).operand(), ops.get(1).operand());
                } else {
                    assembler.emit(mnemonic, widthOf(mnemonic, ops), ops.get(0).operand(), ops.get(1).operand());
                }
            }
            case 3 -> assembler.emit(mnemonic, widthOf(mnemonic, ops), ops.get(0).operand(), ops.get(1).operand(),
                ops.get(2).operand());
            default -> throw new IllegalArgumentException("too many operands: " + instruction);
        }
    }

    /** The Width to pass for {@code mnemonic}, following the Assembler conventions. */
    private static Width widthOf(Mnemonic mnemonic, List<Parsed> ops) {
        switch (mnemonic) {
            case OUT, CVTSI2SD, CVTSI2SS:
                return ops.get(1).width();
            case IN, CVTTSD2SI, CVTTSS2SI:
                return ops.get(0).width();
            case PUSH, POP:
                return Width.QWORD;
            default:
                if (SHIFTS.contains(mnemonic)) {
                    return ops.get(0).width();
                }
                for (Parsed p : ops) {
                    if (p.width() != null) {
                        return p.width();
                    }
                }
                return null;
        }
    }

    private static List<String> splitOperands(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).trim());
        return parts;
    }

    private static Parsed operand(String text, Function<String, Label> labels) {
        String t = text.trim();
        if (GPR.containsKey(t)) {
            return new Parsed(GPR.get(t), GPR_WIDTH.get(t), null);
        }
        if (t.matches("xmm([0-9]|1[0-5])")) {
            return new Parsed(XmmRegister.valueOf(t.toUpperCase(Locale.ROOT)), null, null);
        }
        if (t.matches("cr[0-9]")) {
            return new Parsed(ControlRegister.valueOf(t.toUpperCase(Locale.ROOT)), null, null);
        }
        if (t.startsWith("offset ")) {
            String[] symbolAndAddend = splitSymbol(t.substring(7).trim());
            return new Parsed(Immediate.symbolAddress(symbolAndAddend[0], parseNumber(symbolAndAddend[1])), null, null);
        }
        int bracket = t.indexOf('[');
        if (bracket >= 0) {
            Width width = null;
            String prefix = t.substring(0, bracket).trim();
            if (!prefix.isEmpty()) {
                String keyword = prefix.replace(" ptr", "").trim();
                width = keyword.equals("xmmword") ? null : Width.valueOf(keywordToWidth(keyword));
            }
            return new Parsed(memory(t.substring(bracket + 1, t.lastIndexOf(']')), labels), width, null);
        }
        if (t.matches("-?(0x[0-9a-f]+|[0-9]+)")) {
            return new Parsed(Immediate.of(parseNumber(t)), null, null);
        }
        if (t.matches("[a-z_.][a-z0-9_.]*")) {
            return new Parsed(null, null, t);
        }
        throw new IllegalArgumentException("cannot parse operand '" + text + "'");
    }

    private static String keywordToWidth(String keyword) {
        return switch (keyword) {
            case "byte" -> "BYTE";
            case "word" -> "WORD";
            case "dword" -> "DWORD";
            case "qword" -> "QWORD";
            default -> throw new IllegalArgumentException("unknown size keyword " + keyword);
        };
    }

    private static Memory memory(String inner, Function<String, Label> labels) {
        Register base = null;
        Register index = null;
        int scale = 1;
        long displacement = 0;
        String symbol = null;
        boolean rip = false;
        String s = inner.replace(" ", "");
        int i = 0;
        while (i < s.length()) {
            int sign = 1;
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                sign = s.charAt(i) == '-' ? -1 : 1;
                i++;
            }
            int j = i;
            while (j < s.length() && s.charAt(j) != '+' && s.charAt(j) != '-') {
                j++;
            }
            String term = s.substring(i, j);
            i = j;
            if (term.equals("rip")) {
                rip = true;
            } else if (term.contains("*")) {
                index = GPR.get(term.substring(0, term.indexOf('*')));
                scale = Integer.parseInt(term.substring(term.indexOf('*') + 1));
            } else if (GPR.containsKey(term)) {
                if (base == null) {
                    base = GPR.get(term);
                } else {
                    index = GPR.get(term);
                }
            } else if (term.matches("0x[0-9a-f]+|[0-9]+")) {
                displacement += sign * parseNumber(term);
            } else {
                symbol = term;
            }
        }
        if (rip) {
            if (symbol == null) {
                return Memory.rip(displacement);
            }
            Label label = labels.apply(symbol);
            return label != null ? Memory.rip(label, displacement) : Memory.rip(symbol, displacement);
        }
        if (symbol != null) {
            return Memory.of(base, index, scale, symbol, displacement);
        }
        if (base == null && index == null) {
            return Memory.absolute(displacement);
        }
        return index == null ? Memory.of(base, displacement) : Memory.of(base, index, scale, displacement);
    }

    private static String[] splitSymbol(String text) {
        int plus = Math.max(text.indexOf('+'), text.indexOf('-'));
        if (plus < 0) {
            return new String[] {text, "0"};
        }
        return new String[] {text.substring(0, plus).trim(), text.substring(plus).replace("+", "").trim()};
    }

    static long parseNumber(String text) {
        String t = text.trim();
        boolean negative = t.startsWith("-");
        if (negative) {
            t = t.substring(1);
        }
        BigInteger value = t.startsWith("0x") ? new BigInteger(t.substring(2), 16) : new BigInteger(t);
        return (negative ? value.negate() : value).longValue();
    }
}
