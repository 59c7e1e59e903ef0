package org.os2j.compiler.pass;

import java.util.List;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Condition;
import org.os2j.compiler.ir.Constant;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Kind;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * Fuses a three-way compare with the branch on its result: {@code lcmp}, {@code fcmpl} and
 * {@code fcmpg} followed by {@code if<cond>} (JVMS lcmp, fcmp&lt;op&gt;, if&lt;cond&gt;) become one
 * BRANCH on the compared LONG, FLOAT or DOUBLE values, so the backend emits one compare and one
 * jump instead of materializing -1/0/1. For floating point the NaN outcome of the pair is kept:
 * {@code fcmpl} yields -1 and {@code fcmpg} 1 when unordered, so the fused condition is unordered
 * exactly when that value satisfies the original condition against 0.
 *
 * <p>Requires: SSA form. Applies when the compare is in the branch's block and its result is read
 * only by that branch, against 0. Guarantees: the same branch outcome for every input, NaN included.
 */
final class FuseCompareBranches implements Pass {
    @Override
    public String name() {
        return "fuse-compare-branches";
    }

    @Override
    public void run(Function function) {
        int[] uses = new int[function.registers().size()];
        for (Block block : function.blocks()) {
            for (Instruction instruction : block.instructions()) {
                count(instruction.operands(), uses);
                for (int t = 0; t < instruction.targets().size(); t++) {
                    count(instruction.arguments(t), uses);
                }
            }
        }
        for (Block block : function.blocks()) {
            fuse(block, uses);
        }
    }

    private static void count(List<Value> values, int[] uses) {
        for (Value value : values) {
            if (value instanceof VirtualRegister register) {
                uses[register.number()]++;
            }
        }
    }

    private static void fuse(Block block, int[] uses) {
        List<Instruction> instructions = block.instructions();
        Instruction branch = block.terminator();
        if (branch.opcode() != Opcode.BRANCH || branch.operationKind() != Kind.INT) {
            return;
        }
        Condition condition = branch.condition();
        Value tested = branch.operand(0);
        Value other = branch.operand(1);
        if (tested instanceof Constant) {
            tested = other;
            other = branch.operand(0);
            condition = condition.swapOperands();
        }
        if (!(tested instanceof VirtualRegister result) || !(other instanceof Constant zero) || zero.bits() != 0
                || uses[result.number()] != 1) {
            return;
        }
        int branchIndex = instructions.size() - 1;
        for (int i = branchIndex - 1; i >= 0; i--) {
            Instruction compare = instructions.get(i);
            if (compare.result() != result) {
                continue;
            }
            if (!isThreeWayCompare(compare.opcode())) {
                return;
            }
            Kind kind = compare.opcode() == Opcode.COMPARE_LONG ? Kind.LONG : compare.operationKind();
            Condition fused = condition;
            if (kind.isFloatingPoint()) {
                int unorderedResult = compare.opcode() == Opcode.COMPARE_FLOATING_NAN_LESS ? -1 : 1;
                fused = condition.withUnordered(holds(condition, unorderedResult));
            }
            Instruction replacement = new Instruction(Opcode.BRANCH, null, kind, compare.operand(0), compare.operand(1))
                    .withCondition(fused).withPositionOf(branch).withTargetsOf(branch);
            instructions.set(branchIndex, replacement);
            instructions.remove(i);
            return;
        }
    }

    private static boolean isThreeWayCompare(Opcode opcode) {
        return opcode == Opcode.COMPARE_LONG || opcode == Opcode.COMPARE_FLOATING_NAN_LESS
                || opcode == Opcode.COMPARE_FLOATING_NAN_GREATER;
    }

    /** Whether {@code value cond 0} holds for an INT condition. */
    private static boolean holds(Condition condition, int value) {
        return switch (condition.relation()) {
            case EQUAL -> value == 0;
            case NOT_EQUAL -> value != 0;
            case LESS -> value < 0;
            case GREATER_OR_EQUAL -> value >= 0;
            case GREATER -> value > 0;
            default -> value <= 0;
        };
    }
}
