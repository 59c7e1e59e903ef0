package org.os2j.compiler.ir;

import java.util.List;
import java.util.StringJoiner;

/**
 * The IR text form, one instruction per line; {@link IrReader} parses it back:
 * <pre>
 * function Sum.sum(I)I (%0.n: i32) -> i32
 * b0:
 *   jump -> b1(0:i32, 0:i32)
 * b1(%1.local1: i32, %2.local2: i32):
 *   branch.i32 ge %2.local2, %0.n -> b3, b2
 * b2:
 *   %3 = add.i32 %1.local1, %2.local2
 *   %4 = add.i32 %2.local2, 1:i32
 *   jump -> b1(%3, %4)
 * b3:
 *   return %1.local1
 * </pre>
 * An instruction reads {@code [%result =] opcode[.kind] [condition] [[memory]] [@symbol] [noreturn]
 * operands [-> targets] [inlined(@method line, ...)]}, a target {@code [key: | default: | unwind ]bN[(arguments)]} ({@code unwind}
 * marks the exception target); {@code inlined} lists an inlined instruction's {@link InlinedCall}
 * chain, innermost first, each method with the line of its call in the next one out. A function out of
 * SSA form ends its header with {@code out-of-ssa}. Used by {@code --dump-ir}, test failure
 * messages and the IR file tests.
 */
public final class IrPrinter {
    /** The header word of a function out of SSA form. */
    static final String OUT_OF_SSA = "out-of-ssa";

    private IrPrinter() {
    }

    public static String format(Function function) {
        StringBuilder text = new StringBuilder();
        text.append("function ").append(function.symbol()).append(" (").append(declarations(function.parameters()))
                .append(")");
        if (function.returnKind() != null) {
            text.append(" -> ").append(function.returnKind().textName);
        }
        if (!function.isSsa()) {
            text.append(' ').append(OUT_OF_SSA);
        }
        text.append('\n');
        for (Block block : function.blocks()) {
            text.append(block);
            if (!block.parameters().isEmpty()) {
                text.append('(').append(declarations(block.parameters())).append(')');
            }
            text.append(":\n");
            for (Instruction instruction : block.instructions()) {
                text.append("  ").append(format(instruction)).append('\n');
            }
        }
        return text.toString();
    }

    /** A string literal in double quotes, with Java escapes for quotes, backslashes and non-printing characters. */
    static String quoted(String value) {
        StringBuilder text = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        text.append(c);
                    } else {
                        text.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return text.append('"').toString();
    }

    private static String declarations(List<VirtualRegister> registers) {
        StringJoiner joiner = new StringJoiner(", ");
        for (VirtualRegister register : registers) {
            joiner.add(register + ": " + register.kind().textName);
        }
        return joiner.toString();
    }

    public static String format(Instruction instruction) {
        StringBuilder text = new StringBuilder();
        if (instruction.result() != null) {
            text.append(instruction.result()).append(" = ");
        }
        text.append(instruction.opcode().textName);
        if (instruction.operationKind() != null) {
            text.append('.').append(instruction.operationKind().textName);
        }
        if (instruction.condition() != null) {
            text.append(' ').append(instruction.condition().textName);
        }
        if (instruction.memoryAccess() != null) {
            text.append(" [").append(instruction.memoryAccess()).append(']');
        }
        if (instruction.symbol() != null) {
            String symbol = instruction.symbol();
            boolean plain = instruction.opcode() != Opcode.STRING && symbol.chars().noneMatch(c -> " \",\\\n\t".indexOf(c) >= 0);
            text.append(" @").append(plain ? symbol : quoted(symbol));
        }
        if (instruction.noReturn()) {
            text.append(" noreturn");
        }
        StringJoiner operands = new StringJoiner(", ", " ", "");
        operands.setEmptyValue("");
        for (Value operand : instruction.operands()) {
            operands.add(String.valueOf(operand));
        }
        text.append(operands);
        if (!instruction.targets().isEmpty()) {
            StringJoiner targets = new StringJoiner(", ", " -> ", "");
            int[] keys = instruction.switchKeys();
            for (int i = 0; i < instruction.targets().size(); i++) {
                String prefix = instruction.hasExceptionTarget() && i == instruction.targets().size() - 1 ? "unwind "
                        : keys == null ? "" : i < keys.length ? keys[i] + ": " : "default: ";
                StringBuilder target = new StringBuilder(prefix).append(instruction.targets().get(i));
                List<Value> arguments = instruction.arguments(i);
                if (!arguments.isEmpty()) {
                    StringJoiner joiner = new StringJoiner(", ", "(", ")");
                    arguments.forEach(argument -> joiner.add(String.valueOf(argument)));
                    target.append(joiner);
                }
                targets.add(target);
            }
            text.append(targets);
        }
        if (instruction.inlinedCall() != null) {
            StringJoiner chain = new StringJoiner(", ", " inlined(", ")");
            for (InlinedCall call = instruction.inlinedCall(); call != null; call = call.outer()) {
                chain.add("@" + call.method() + " " + call.callLine());
            }
            text.append(chain);
        }
        return text.toString();
    }
}
