package org.os2j.compiler.frontend;

import static org.objectweb.asm.Opcodes.*;

import org.os2j.compiler.ir.Value;

/**
 * The JVM stack-management instructions (JVMS 6.5 dup, dup_x1, dup_x2, dup2, dup2_x1, dup2_x2,
 * swap) on the symbolic stack, where one entry is one value of either category. The forms follow
 * the JVMS "Form 1/2/3/4" descriptions, chosen by the categories of the top entries.
 */
final class StackShuffles {
    private StackShuffles() {
    }

    static void apply(int opcode, OperandStack stack) {
        switch (opcode) {
            case DUP -> stack.push(stack.peek());
            case DUP_X1 -> {
                Value first = stack.pop();
                Value second = stack.pop();
                push(stack, first, second, first);
            }
            case DUP_X2 -> {
                Value first = stack.pop();
                Value second = stack.pop();
                if (second.kind().isCategory2()) {
                    push(stack, first, second, first);
                } else {
                    Value third = stack.pop();
                    push(stack, first, third, second, first);
                }
            }
            case DUP2 -> {
                if (stack.peek().kind().isCategory2()) {
                    stack.push(stack.peek());
                } else {
                    Value first = stack.pop();
                    Value second = stack.pop();
                    push(stack, second, first, second, first);
                }
            }
            case DUP2_X1 -> {
                Value first = stack.pop();
                if (first.kind().isCategory2()) {
                    Value second = stack.pop();
                    push(stack, first, second, first);
                } else {
                    Value second = stack.pop();
                    Value third = stack.pop();
                    push(stack, second, first, third, second, first);
                }
            }
            case DUP2_X2 -> {
                Value first = stack.pop();
                if (first.kind().isCategory2()) {
                    Value second = stack.pop();
                    if (second.kind().isCategory2()) {
                        push(stack, first, second, first);
                    } else {
                        Value third = stack.pop();
                        push(stack, first, third, second, first);
                    }
                } else {
                    Value second = stack.pop();
                    Value third = stack.pop();
                    if (third.kind().isCategory2()) {
                        push(stack, second, first, third, second, first);
                    } else {
                        Value fourth = stack.pop();
                        push(stack, second, first, fourth, third, second, first);
                    }
                }
            }
            case SWAP -> {
                Value first = stack.pop();
                Value second = stack.pop();
                push(stack, first, second);
            }
            default -> throw new IllegalArgumentException("not a stack instruction: " + opcode);
        }
    }

    private static void push(OperandStack stack, Value... values) {
        for (Value value : values) {
            stack.push(value);
        }
    }
}
