package org.os2j.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The verifier accepts well-formed IR and names each kind of violation; the printer's text form. */
class IrVerifierTest {
    /** {@code max(a, b)} built by hand: b0 branches to b1 or b2, both return. */
    private static Function maximum() {
        Function function = new Function("Test.max(II)I", "Test.max", "Test.java", Kind.INT);
        VirtualRegister a = function.addParameter(Kind.INT, "a");
        VirtualRegister b = function.addParameter(Kind.INT, "b");
        Block entry = function.newBlock();
        Block returnA = function.newBlock();
        Block returnB = function.newBlock();
        entry.add(new Instruction(Opcode.BRANCH, null, Kind.INT, a, b).withCondition(Condition.GREATER_OR_EQUAL)
                .withTargets(returnA, returnB));
        returnA.add(new Instruction(Opcode.RETURN, null, null, a));
        returnB.add(new Instruction(Opcode.RETURN, null, null, b));
        return function;
    }

    @Test
    void acceptsWellFormedIr() {
        assertDoesNotThrow(() -> IrVerifier.verify(maximum()));
    }

    @Test
    void printsTheTextForm() {
        assertEquals("""
                function Test.max(II)I (%0.a: i32, %1.b: i32) -> i32
                b0:
                  branch.i32 ge %0.a, %1.b -> b1, b2
                b1:
                  return %0.a
                b2:
                  return %1.b
                """, IrPrinter.format(maximum()));
    }

    @Test
    void rejectsABlockWithoutTerminator() {
        Function function = maximum();
        function.blocks().get(1).instructions().clear();
        String message = assertThrows(IllegalStateException.class, () -> IrVerifier.verify(function)).getMessage();
        assertTrue(message.contains("b1 does not end in a terminator"), message);
    }

    @Test
    void rejectsAUseBeforeDefinitionOnSomePath() {
        Function function = maximum();
        VirtualRegister onlyOnOnePath = function.newRegister(Kind.INT, "x");
        Block returnA = function.blocks().get(1);
        returnA.instructions().add(0, new Instruction(Opcode.MOVE, onlyOnOnePath, Kind.INT, Constant.ofInt(1)));
        Block returnB = function.blocks().get(2);
        returnB.instructions().set(0, new Instruction(Opcode.RETURN, null, null, onlyOnOnePath));
        String message = assertThrows(IllegalStateException.class, () -> IrVerifier.verify(function)).getMessage();
        assertTrue(message.contains("%2.x may be used before it is defined in b2"), message);
    }

    @Test
    void rejectsMismatchedOperandKinds() {
        Function function = maximum();
        Block entry = function.entry();
        Instruction branch = entry.terminator();
        entry.instructions().add(0, new Instruction(Opcode.ADD, function.newRegister(Kind.INT, null), Kind.INT,
                Constant.ofLong(1), function.parameters().get(0)));
        String message = assertThrows(IllegalStateException.class, () -> IrVerifier.verify(function)).getMessage();
        assertTrue(message.contains("is not INT"), message);
        assertEquals(branch, entry.terminator());
    }

    @Test
    void rejectsATerminatorInTheMiddleOfABlock() {
        Function function = maximum();
        Block returnA = function.blocks().get(1);
        returnA.instructions().add(0, new Instruction(Opcode.UNREACHABLE, null, null));
        String message = assertThrows(IllegalStateException.class, () -> IrVerifier.verify(function)).getMessage();
        assertTrue(message.contains("terminator before the end"), message);
    }

    @Test
    void rejectsAnUnorderedConditionOnIntegers() {
        Function function = maximum();
        Instruction branch = function.entry().terminator();
        Instruction unordered = new Instruction(Opcode.BRANCH, null, Kind.INT, branch.operand(0), branch.operand(1))
                .withCondition(Condition.UNORDERED_OR_LESS);
        unordered.targets().addAll(branch.targets());
        function.entry().instructions().set(0, unordered);
        String message = assertThrows(IllegalStateException.class, () -> IrVerifier.verify(function)).getMessage();
        assertTrue(message.contains("unordered condition on INT"), message);
    }

    @Test
    void rejectsAConversionFromTheWrongKind() {
        Function function = maximum();
        function.entry().instructions().add(0, new Instruction(Opcode.DOUBLE_TO_INT,
                function.newRegister(Kind.INT, "i"), Kind.INT, Constant.ofFloat(1.5f)));
        String message = assertThrows(IllegalStateException.class, () -> IrVerifier.verify(function)).getMessage();
        assertTrue(message.contains("conversion kinds are not DOUBLE to INT"), message);
    }

    @Test
    void printsFloatingConstantsAndUnorderedConditions() {
        Function function = new Function("Test.f(D)I", "Test.f", "Test.java", Kind.INT);
        VirtualRegister x = function.addParameter(Kind.DOUBLE, "x");
        Block entry = function.newBlock();
        Block yes = function.newBlock();
        Block no = function.newBlock();
        entry.add(new Instruction(Opcode.BRANCH, null, Kind.DOUBLE, x, Constant.ofDouble(-0.0))
                .withCondition(Condition.LESS.negate(Kind.DOUBLE)).withTargets(yes, no));
        yes.add(new Instruction(Opcode.RETURN, null, null, Constant.ofInt(1)));
        no.add(new Instruction(Opcode.RETURN, null, null, Constant.ofInt(0)));
        IrVerifier.verify(function);
        assertTrue(IrPrinter.format(function).contains("branch.f64 uge %0.x, -0.0:f64 -> b1, b2"),
                IrPrinter.format(function));
    }
}
