package org.os2j.compiler.ir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses the text form {@link IrPrinter} writes back into a {@link Function}, keeping register and
 * block numbers, so a pass can be tested on a file: read, run, print, compare. Lines starting with
 * {@code ;} and blank lines are ignored. A result's kind is the one {@link Opcode#resultKind} gives,
 * which the verifier checks every instruction keeps, so the text form is complete.
 *
 * <p>Guarantees: {@code IrPrinter.format(IrReader.read(text))} is {@code text} without comments for
 * any printed function; malformed text is an {@link IllegalArgumentException} naming the line.
 */
public final class IrReader {
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> lineNumbers = new ArrayList<>();
    private final Map<Integer, VirtualRegister> registers = new HashMap<>();
    private final Map<Integer, Block> blocks = new HashMap<>();
    private Function function;

    private IrReader(String text) {
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            if (!line.isEmpty() && !line.startsWith(";")) {
                lines.add(line);
                lineNumbers.add(i + 1);
            }
        }
    }

    /** The one function {@code text} holds. */
    public static Function read(String text) {
        IrReader reader = new IrReader(text);
        reader.declare();
        reader.build();
        return reader.function;
    }

    /** A register declaration seen in the first pass: kind and debug name. */
    private record Declaration(Kind kind, String name) {
    }

    /** First pass: the header, every block, and every register with its kind. */
    private void declare() {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("no function in the text");
        }
        TreeMap<Integer, Declaration> declarations = new TreeMap<>();
        Cursor header = cursor(0);
        header.expect("function");
        String symbol = header.token();
        header.expect("(");
        List<Integer> parameters = header.declarations(declarations, ')');
        Kind returnKind = null;
        if (header.accept("->")) {
            returnKind = kindNamed(header.word(), header);
        }
        boolean outOfSsa = header.accept(IrPrinter.OUT_OF_SSA);
        header.end();
        function = new Function(symbol, symbol, null, returnKind);
        Map<Integer, List<Integer>> blockParameters = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            Cursor cursor = cursor(i);
            if (lines.get(i).endsWith(":") && lines.get(i).startsWith("b")) {
                int number = cursor.blockNumber();
                if (blocks.containsKey(number)) {
                    throw cursor.error("block b" + number + " is declared twice");
                }
                blocks.put(number, function.newBlock(number));
                blockParameters.put(number, cursor.accept("(") ? cursor.declarations(declarations, ')') : List.of());
                cursor.expect(":");
                cursor.end();
            } else if (lines.get(i).startsWith("%")) {
                int number = cursor.registerNumber();
                String name = cursor.registerName();
                cursor.expect("=");
                OpcodeAndKind head = cursor.opcodeAndKind();
                if (head.kind() == null) {
                    throw cursor.error("a result needs an operation kind");
                }
                declare(declarations, number, new Declaration(head.opcode().resultKind(head.kind()), name), cursor);
            }
        }
        int next = 0;
        for (Map.Entry<Integer, Declaration> entry : declarations.entrySet()) {
            while (next < entry.getKey()) {
                function.newRegister(Kind.INT, null); // A number the text does not use.
                next++;
            }
            registers.put(entry.getKey(), function.newRegister(entry.getValue().kind(), entry.getValue().name()));
            next++;
        }
        parameters.forEach(number -> function.parameters().add(registers.get(number)));
        blockParameters.forEach((number, list) -> list.forEach(p -> blocks.get(number).parameters().add(registers.get(p))));
        if (outOfSsa) {
            function.leaveSsa();
        }
    }

    private static void declare(Map<Integer, Declaration> declarations, int number, Declaration declaration,
                                Cursor cursor) {
        Declaration old = declarations.putIfAbsent(number, declaration);
        if (old != null && old.kind() != declaration.kind()) {
            throw cursor.error("%" + number + " is declared as " + old.kind() + " and " + declaration.kind());
        }
    }

    /** Second pass: the instructions. */
    private void build() {
        Block current = null;
        for (int i = 1; i < lines.size(); i++) {
            Cursor cursor = cursor(i);
            if (lines.get(i).endsWith(":") && lines.get(i).startsWith("b")) {
                current = blocks.get(cursor.blockNumber());
                continue;
            }
            if (current == null) {
                throw cursor.error("an instruction before the first block");
            }
            current.add(instruction(cursor));
        }
    }

    private Instruction instruction(Cursor cursor) {
        VirtualRegister result = null;
        if (cursor.peek('%')) {
            result = registers.get(cursor.registerNumber());
            cursor.registerName();
            cursor.expect("=");
        }
        OpcodeAndKind head = cursor.opcodeAndKind();
        Condition condition = null;
        for (Condition candidate : Condition.values()) {
            if (cursor.acceptWord(candidate.textName)) {
                condition = candidate;
                break;
            }
        }
        MemoryAccess access = cursor.peek('[') ? cursor.memoryAccess() : null;
        String symbol = null;
        if (cursor.accept("@")) {
            symbol = cursor.peek('"') ? cursor.quoted() : cursor.token();
        }
        boolean noReturn = cursor.acceptWord("noreturn");
        List<Value> operands = new ArrayList<>();
        while (!cursor.atEnd() && !cursor.peekWord("->") && !cursor.peekWord("inlined(")) {
            operands.add(value(cursor));
            if (!cursor.accept(",")) {
                break;
            }
        }
        Instruction instruction = new Instruction(head.opcode(), result, head.kind(), operands.toArray(new Value[0]))
                .withCondition(condition).withMemoryAccess(access).withSymbol(symbol);
        if (noReturn) {
            instruction.withNoReturn();
        }
        if (cursor.accept("->")) {
            List<Integer> keys = new ArrayList<>();
            boolean isSwitch = false;
            do {
                boolean unwind = cursor.acceptWord("unwind");
                if (unwind) {
                    // The exception target: no key.
                } else if (cursor.acceptWord("default")) {
                    cursor.expect(":");
                    isSwitch = true;
                } else if (!cursor.peek('b')) {
                    keys.add((int) cursor.integer());
                    cursor.expect(":");
                    isSwitch = true;
                }
                Block target = blocks.get(cursor.blockNumber());
                if (target == null) {
                    throw cursor.error("no such block");
                }
                List<Value> arguments = new ArrayList<>();
                if (cursor.accept("(")) {
                    while (!cursor.accept(")")) {
                        arguments.add(value(cursor));
                        cursor.accept(",");
                    }
                }
                if (unwind) {
                    instruction.withExceptionTarget(target, arguments);
                } else {
                    instruction.addTarget(target, arguments);
                }
            } while (cursor.accept(","));
            if (isSwitch) {
                instruction.withSwitchKeys(keys.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        if (cursor.accept("inlined(")) {
            List<String> methods = new ArrayList<>();
            List<Integer> callLines = new ArrayList<>();
            do {
                cursor.expect("@");
                methods.add(cursor.token());
                callLines.add((int) cursor.integer());
            } while (cursor.accept(","));
            cursor.expect(")");
            InlinedCall call = null;
            for (int i = methods.size() - 1; i >= 0; i--) {
                call = new InlinedCall(methods.get(i), callLines.get(i), call);
            }
            instruction.withInlinedCall(call);
        }
        cursor.end();
        return instruction;
    }

    private Value value(Cursor cursor) {
        if (cursor.peek('%')) {
            int number = cursor.registerNumber();
            cursor.registerName();
            VirtualRegister register = registers.get(number);
            if (register == null) {
                throw cursor.error("%" + number + " is never defined");
            }
            return register;
        }
        if (cursor.acceptWord("null")) {
            return Constant.nullReference();
        }
        return cursor.constant();
    }

    private static Kind kindNamed(String name, Cursor cursor) {
        for (Kind kind : Kind.values()) {
            if (kind.textName.equals(name)) {
                return kind;
            }
        }
        throw cursor.error("no kind named " + name);
    }

    private Cursor cursor(int index) {
        return new Cursor(lines.get(index), lineNumbers.get(index));
    }

    private record OpcodeAndKind(Opcode opcode, Kind kind) {
    }

    /** A position in one line of text, with the lexical rules of the IR. */
    private static final class Cursor {
        private final String text;
        private final int lineNumber;
        private int position;

        Cursor(String text, int lineNumber) {
            this.text = text;
            this.lineNumber = lineNumber;
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("line " + lineNumber + ", column " + (position + 1) + ": " + message
                    + ": " + text);
        }

        private void skipSpaces() {
            while (position < text.length() && text.charAt(position) == ' ') {
                position++;
            }
        }

        boolean atEnd() {
            skipSpaces();
            return position >= text.length();
        }

        void end() {
            if (!atEnd()) {
                throw error("unexpected text");
            }
        }

        boolean peek(char character) {
            skipSpaces();
            return position < text.length() && text.charAt(position) == character;
        }

        boolean peekWord(String word) {
            skipSpaces();
            return text.startsWith(word, position);
        }

        boolean accept(String word) {
            if (peekWord(word)) {
                position += word.length();
                return true;
            }
            return false;
        }

        /** Accepts {@code word} only as a whole word (not the start of a longer one). */
        boolean acceptWord(String word) {
            int end = position;
            skipSpaces();
            if (text.startsWith(word, position)) {
                int after = position + word.length();
                if (after == text.length() || !Character.isLetterOrDigit(text.charAt(after))) {
                    position = after;
                    return true;
                }
            }
            position = Math.max(end, position);
            return false;
        }

        void expect(String word) {
            if (!accept(word)) {
                throw error("expected '" + word + "'");
            }
        }

        /** Text up to the next space, comma or end of line. */
        String token() {
            skipSpaces();
            int start = position;
            while (position < text.length() && " ,".indexOf(text.charAt(position)) < 0) {
                position++;
            }
            if (start == position) {
                throw error("expected a word");
            }
            return text.substring(start, position);
        }

        /** Letters and digits. */
        String word() {
            skipSpaces();
            int start = position;
            while (position < text.length() && Character.isLetterOrDigit(text.charAt(position))) {
                position++;
            }
            return text.substring(start, position);
        }

        /** A double-quoted literal with the escapes {@link IrPrinter#quoted} writes. */
        String quoted() {
            expect("\"");
            StringBuilder value = new StringBuilder();
            while (position < text.length() && text.charAt(position) != '"') {
                char c = text.charAt(position++);
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                char escape = text.charAt(position++);
                switch (escape) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'u' -> {
                        value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                        position += 4;
                    }
                    default -> value.append(escape);
                }
            }
            expect("\"");
            return value.toString();
        }

        int registerNumber() {
            expect("%");
            return (int) digits();
        }

        /** The optional {@code .name} after a register number. */
        String registerName() {
            if (position < text.length() && text.charAt(position) == '.') {
                int start = ++position;
                while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position))
                        || text.charAt(position) == '_' || text.charAt(position) == '$')) {
                    position++;
                }
                return text.substring(start, position);
            }
            return null;
        }

        int blockNumber() {
            expect("b");
            return (int) digits();
        }

        private long digits() {
            int start = position;
            while (position < text.length() && Character.isDigit(text.charAt(position))) {
                position++;
            }
            if (start == position) {
                throw error("expected a number");
            }
            return Long.parseLong(text.substring(start, position));
        }

        long integer() {
            skipSpaces();
            boolean negative = accept("-");
            long value = digits();
            return negative ? -value : value;
        }

        /** {@code %N[.name]: kind} entries separated by commas, up to {@code close}. */
        List<Integer> declarations(Map<Integer, Declaration> declarations, char close) {
            List<Integer> numbers = new ArrayList<>();
            while (!accept(String.valueOf(close))) {
                int number = registerNumber();
                String name = registerName();
                expect(":");
                Kind kind = kindNamed(word(), this);
                declare(declarations, number, new Declaration(kind, name), this);
                numbers.add(number);
                accept(",");
            }
            return numbers;
        }

        OpcodeAndKind opcodeAndKind() {
            String word = token();
            int dot = word.lastIndexOf('.');
            if (dot > 0) {
                for (Kind kind : Kind.values()) {
                    if (kind.textName.equals(word.substring(dot + 1))) {
                        Opcode opcode = Opcode.byTextName(word.substring(0, dot));
                        if (opcode == null) {
                            throw error("no opcode " + word.substring(0, dot));
                        }
                        return new OpcodeAndKind(opcode, kind);
                    }
                }
            }
            Opcode opcode = Opcode.byTextName(word);
            if (opcode == null) {
                throw error("no opcode " + word);
            }
            return new OpcodeAndKind(opcode, null);
        }

        /** {@code [s32 *4 +24]}: extension and width, optional scale, optional displacement. */
        MemoryAccess memoryAccess() {
            expect("[");
            skipSpaces();
            boolean signExtend = text.charAt(position++) == 's';
            int width = (int) digits() / 8;
            int scale = 1;
            long displacement = 0;
            if (accept("*")) {
                scale = (int) digits();
            }
            if (accept("+")) {
                displacement = integer();
            }
            expect("]");
            return new MemoryAccess(width, signExtend, scale, displacement);
        }

        /** {@code 42:i32}, {@code -0.0:f64}, {@code NaN:f32}, {@code 0x7ff0000000000001:f64}. */
        Constant constant() {
            skipSpaces();
            int colon = text.indexOf(':', position);
            if (colon < 0) {
                throw error("expected a constant");
            }
            String literal = text.substring(position, colon);
            position = colon + 1;
            int start = position;
            while (position < text.length() && Character.isLetterOrDigit(text.charAt(position))) {
                position++;
            }
            Kind kind = kindNamed(text.substring(start, position), this);
            try {
                boolean hex = literal.startsWith("0x");
                return switch (kind) {
                    case INT -> Constant.ofInt(Integer.parseInt(literal));
                    case LONG -> Constant.ofLong(Long.parseLong(literal));
                    case FLOAT -> hex ? new Constant(Kind.FLOAT, Integer.parseUnsignedInt(literal.substring(2), 16))
                            : Constant.ofFloat(Float.parseFloat(literal));
                    case DOUBLE -> hex ? new Constant(Kind.DOUBLE, Long.parseUnsignedLong(literal.substring(2), 16))
                            : Constant.ofDouble(Double.parseDouble(literal));
                    case REFERENCE -> throw error("a reference constant is spelled null");
                };
            } catch (NumberFormatException e) {
                throw error("malformed constant " + literal);
            }
        }
    }
}
