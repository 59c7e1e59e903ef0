package org.os2j.compiler.frontend;

import java.util.ArrayList;
import java.util.List;
import org.os2j.compiler.ir.Value;

/**
 * The JVM operand stack of the block being translated, held symbolically: each entry is the IR
 * value the bytecode pushed (a constant, a local's register, a temporary), one entry per value
 * whatever its category (JVMS 2.6.2). Nothing is emitted for pushes; only block boundaries
 * materialize the stack into the canonical per-depth registers.
 */
final class OperandStack {
    private final List<Value> entries = new ArrayList<>();

    void push(Value value) {
        entries.add(value);
    }

    Value pop() {
        return entries.remove(entries.size() - 1);
    }

    Value peek() {
        return entries.get(entries.size() - 1);
    }

    int size() {
        return entries.size();
    }

    Value get(int depth) {
        return entries.get(depth);
    }

    void set(int depth, Value value) {
        entries.set(depth, value);
    }

    void clear() {
        entries.clear();
    }

    boolean contains(Value value) {
        return entries.contains(value);
    }
}
