package org.os2j.compiler.pass;

import java.util.List;
import java.util.Map;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/** Replaces uses of registers by other values throughout a function, following chains of replacements. */
final class Substitution {
    private Substitution() {
    }

    static void apply(Function function, Map<VirtualRegister, Value> replacements) {
        for (Block block : function.blocks()) {
            for (Instruction instruction : block.instructions()) {
                replaceIn(instruction.operands(), replacements);
                for (int t = 0; t < instruction.targets().size(); t++) {
                    replaceIn(instruction.arguments(t), replacements);
                }
            }
        }
    }

    /** The value {@code value} stands for after the replacements, following chains. */
    static Value resolved(Value value, Map<VirtualRegister, Value> replacements) {
        Value current = value;
        while (current instanceof VirtualRegister register && replacements.containsKey(register)) {
            current = replacements.get(register);
        }
        return current;
    }

    private static void replaceIn(List<Value> values, Map<VirtualRegister, Value> replacements) {
        for (int i = 0; i < values.size(); i++) {
            values.set(i, resolved(values.get(i), replacements));
        }
    }
}
