package org.os2j.compiler.pass;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Condition;
import org.os2j.compiler.ir.Constant;
import org.os2j.compiler.ir.DominatorTree;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Kind;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * Dominator-based global value numbering (Briggs, Cooper and Simpson, "Value Numbering", 1997):
 * an instruction computing the same pure operation on the same operands as one that dominates it
 * is removed and its uses read the earlier result. Pure means the opcode table gives it a result
 * and none of throws, reads or writes memory, allocates, runs code or Java-level; commutative
 * operations match with their operands in either order. Walks the dominator tree with the
 * operations available on entry to each block, so a value is only reused where its definition
 * dominates. Requires: SSA form. Guarantees: SSA form kept; no two pure instructions with equal
 * keys where one dominates the other.
 */
final class NumberValues implements Pass {
    /** What identifies a pure operation: equal keys compute equal values. */
    private record Key(Opcode opcode, Kind kind, Condition condition, String symbol, List<Value> operands) {
    }

    @Override
    public String name() {
        return "number-values";
    }

    @Override
    public void run(Function function) {
        DominatorTree dominators = new DominatorTree(function);
        Map<VirtualRegister, Value> replaced = new HashMap<>();
        visit(function.entry(), dominators, new HashMap<>(), replaced);
        if (!replaced.isEmpty()) {
            Substitution.apply(function, replaced);
        }
    }

    private static void visit(Block block, DominatorTree dominators, Map<Key, VirtualRegister> available,
            Map<VirtualRegister, Value> replaced) {
        List<Key> added = new ArrayList<>();
        block.instructions().removeIf(instruction -> {
            if (!isPure(instruction)) {
                return false;
            }
            Key key = key(instruction, replaced);
            VirtualRegister earlier = available.get(key);
            if (earlier != null) {
                replaced.put(instruction.result(), earlier);
                return true;
            }
            available.put(key, instruction.result());
            added.add(key);
            return false;
        });
        for (Block child : dominators.children(block)) {
            visit(child, dominators, available, replaced);
        }
        added.forEach(available::remove); // Leaving the subtree: its values no longer dominate.
    }

    private static boolean isPure(Instruction instruction) {
        Opcode opcode = instruction.opcode();
        if (!opcode.hasResult || instruction.result() == null || opcode.hasSideEffect() || opcode.readsMemory
                || opcode.allocates || opcode.isJavaLevel || opcode == Opcode.FRAME_POINTER) {
            return false;
        }
        // An object's address is only stable until a moving collector runs: keep each reading.
        return opcode != Opcode.REINTERPRET || (instruction.operationKind() != Kind.REFERENCE
                && instruction.operand(0).kind() != Kind.REFERENCE);
    }

    private static Key key(Instruction instruction, Map<VirtualRegister, Value> replaced) {
        List<Value> operands = new ArrayList<>(instruction.operands().size());
        for (Value operand : instruction.operands()) {
            operands.add(Substitution.resolved(operand, replaced));
        }
        if (instruction.opcode().isCommutative() && rank(operands.get(1)) < rank(operands.get(0))) {
            operands.add(operands.remove(0));
        }
        return new Key(instruction.opcode(), instruction.operationKind(), instruction.condition(),
                instruction.symbol(), operands);
    }

    /** A total order on operands for commutative keys: registers by number, then constants. */
    private static long rank(Value value) {
        if (value instanceof VirtualRegister register) {
            return register.number();
        }
        Constant constant = (Constant) value;
        return Long.MAX_VALUE / 2 + Objects.hash(constant.kind(), constant.bits());
    }
}
