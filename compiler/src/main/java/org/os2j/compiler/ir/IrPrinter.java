package org.os2j.compiler.ir;

import java.util.StringJoiner;

/**
 * The IR text form, one instruction per line:
 * <pre>
 * function Fib.fib(I)I (%0.n: i32) -> i32
 * b0:
 *   branch.i32 ge %0.n, 2:i32 -> b2, b1
 * b1:
 *   return %0.n
 * </pre>
 * Used by {@code --dump-ir} and in test failure messages.
 */
public final class IrPrinter {
    private IrPrinter() {
    }

    public static String format(Function function) {
        StringBuilder text = new StringBuilder();
        StringJoiner parameters = new StringJoiner(", ");
        for (VirtualRegister parameter : function.parameters()) {
            parameters.add(parameter + ": " + parameter.kind().textName);
        }
        text.append("function ").append(function.symbol()).append(" (").append(parameters).append(")");
        if (function.returnKind() != null) {
            text.append(" -> ").append(function.returnKind().textName);
        }
        text.append('\n');
        for (Block block : function.blocks()) {
            text.append(block).append(":\n");
            for (Instruction instruction : block.instructions()) {
                text.append("  ").append(format(instruction)).append('\n');
            }
        }
        return text.toString();
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
            text.append(" @").append(instruction.symbol());
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
            for (int i = 0; i < instruction.targets().size(); i++) {
                int[] keys = instruction.switchKeys();
                String prefix = keys == null ? "" : i < keys.length ? keys[i] + ": " : "default: ";
                targets.add(prefix + instruction.targets().get(i));
            }
            text.append(targets);
        }
        return text.toString();
    }
}
