package org.os2j.compiler.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Condition;
import org.os2j.compiler.ir.Constant;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.IrVerifier;
import org.os2j.compiler.ir.Kind;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.VirtualRegister;

/**
 * The fused branch takes the same target as the compare-then-branch pair for every pair of
 * operands, NaN and signed zeros included: the pair is evaluated with the JVMS definitions of
 * dcmpl/dcmpg/lcmp and if&lt;cond&gt;, the fused branch with IEEE 754 ordered/unordered predicates.
 */
class FuseCompareBranchesTest {
    private static final double[] VALUES = {Double.NEGATIVE_INFINITY, -1.0, -0.0, 0.0, 2.5, Double.NaN};
    private static final Condition[] INT_CONDITIONS = {Condition.EQUAL, Condition.NOT_EQUAL, Condition.LESS,
        Condition.GREATER_OR_EQUAL, Condition.GREATER, Condition.LESS_OR_EQUAL};

    /** {@code if (compare(a, b) cond 0) return 1; else return 0;} with the compare in its own instruction. */
    private static Function pair(Opcode compare, Kind kind, Condition condition, boolean zeroFirst) {
        Function function = new Function("Test.f", "Test.f", "Test.java", Kind.INT);
        VirtualRegister a = function.addParameter(kind, "a");
        VirtualRegister b = function.addParameter(kind, "b");
        VirtualRegister result = function.newRegister(Kind.INT, "c");
        Block entry = function.newBlock();
        Block taken = function.newBlock();
        Block notTaken = function.newBlock();
        entry.add(new Instruction(compare, result, kind, a, b));
        Instruction branch = zeroFirst
                ? new Instruction(Opcode.BRANCH, null, Kind.INT, Constant.ofInt(0), result)
                        .withCondition(condition.swapOperands())
                : new Instruction(Opcode.BRANCH, null, Kind.INT, result, Constant.ofInt(0)).withCondition(condition);
        entry.add(branch.withTargets(taken, notTaken));
        taken.add(new Instruction(Opcode.RETURN, null, null, Constant.ofInt(1)));
        notTaken.add(new Instruction(Opcode.RETURN, null, null, Constant.ofInt(0)));
        return function;
    }

    private static int threeWay(Opcode compare, double a, double b) {
        if (a < b) {
            return -1;
        }
        if (a > b) {
            return 1;
        }
        if (a == b) {
            return 0;
        }
        return compare == Opcode.COMPARE_FLOATING_NAN_LESS ? -1 : 1;
    }

    private static boolean holds(Condition condition, int value) {
        return switch (condition) {
            case EQUAL -> value == 0;
            case NOT_EQUAL -> value != 0;
            case LESS -> value < 0;
            case GREATER_OR_EQUAL -> value >= 0;
            case GREATER -> value > 0;
            case LESS_OR_EQUAL -> value <= 0;
            default -> throw new AssertionError(condition);
        };
    }

    /** IEEE 754-2008 5.11: an ordered predicate is false on NaN, an unordered one true. */
    private static boolean holds(Condition condition, double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return condition.isUnordered();
        }
        return switch (condition.relation()) {
            case EQUAL -> a == b;
            case NOT_EQUAL -> a != b;
            case LESS -> a < b;
            case GREATER_OR_EQUAL -> a >= b;
            case GREATER -> a > b;
            default -> a <= b;
        };
    }

    @Test
    void floatingBranchesKeepTheirNaNOutcome() {
        for (Opcode compare : new Opcode[] {Opcode.COMPARE_FLOATING_NAN_LESS, Opcode.COMPARE_FLOATING_NAN_GREATER}) {
            for (Condition condition : INT_CONDITIONS) {
                for (boolean zeroFirst : new boolean[] {false, true}) {
                    Function function = pair(compare, Kind.DOUBLE, condition, zeroFirst);
                    new FuseCompareBranches().run(function);
                    IrVerifier.verify(function);
                    Block entry = function.entry();
                    assertEquals(1, entry.instructions().size(), "compare removed");
                    Instruction fused = entry.terminator();
                    assertEquals(Kind.DOUBLE, fused.operationKind());
                    for (double a : VALUES) {
                        for (double b : VALUES) {
                            assertEquals(holds(condition, threeWay(compare, a, b)), holds(fused.condition(), a, b),
                                    compare + " " + condition + " " + a + ", " + b + " fused as " + fused.condition());
                        }
                    }
                }
            }
        }
    }

    @Test
    void longCompareBecomesALongBranch() {
        Function function = pair(Opcode.COMPARE_LONG, Kind.LONG, Condition.LESS_OR_EQUAL, false);
        new FuseCompareBranches().run(function);
        IrVerifier.verify(function);
        assertEquals(1, function.entry().instructions().size());
        assertEquals(Kind.LONG, function.entry().terminator().operationKind());
        assertEquals(Condition.LESS_OR_EQUAL, function.entry().terminator().condition());
    }

    @Test
    void aCompareResultUsedTwiceIsKept() {
        Function function = pair(Opcode.COMPARE_FLOATING_NAN_GREATER, Kind.FLOAT, Condition.LESS, false);
        VirtualRegister result = function.entry().instructions().get(0).result();
        function.blocks().get(1).instructions().set(0, new Instruction(Opcode.RETURN, null, null, result));
        new FuseCompareBranches().run(function);
        assertEquals(2, function.entry().instructions().size());
        assertEquals(Kind.INT, function.entry().terminator().operationKind());
    }
}
