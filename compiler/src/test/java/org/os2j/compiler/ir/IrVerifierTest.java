package org.os2j.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    /** Defines %2.x in b1 and returns it from b2, which b1 does not dominate. */
    private static Function useOnAPathWithoutDefinition() {
        Function function = maximum();
        VirtualRegister onlyOnOnePath = function.newRegister(Kind.INT, "x");
        Block returnA = function.blocks().get(1);
        returnA.instructions().add(0, new Instruction(Opcode.MOVE, onlyOnOnePath, Kind.INT, Constant.ofInt(1)));
        Block returnB = function.blocks().get(2);
        returnB.instructions().set(0, new Instruction(Opcode.RETURN, null, null, onlyOnOnePath));
        return function;
    }

    @Test
    void rejectsAUseNotDominatedByItsDefinition() {
        Function function = useOnAPathWithoutDefinition();
        String message = assertThrows(IllegalStateException.class, () -> IrVerifier.verify(function)).getMessage();
        assertTrue(message.contains("%2.x is used in b2 where its definition in b1 does not dominate"), message);
    }

    @Test
    void rejectsAUseBeforeItsDefinitionInTheSameBlock() {
        Function function = maximum();
        VirtualRegister late = function.newRegister(Kind.INT, "late");
        Block returnA = function.blocks().get(1);
        returnA.instructions().add(0, new Instruction(Opcode.ADD, function.newRegister(Kind.INT, null), Kind.INT,
                late, Constant.ofInt(1)));
        returnA.instructions().add(1, new Instruction(Opcode.MOVE, late, Kind.INT, Constant.ofInt(2)));
        String message = assertThrows(IllegalStateException.class, () -> IrVerifier.verify(function)).getMessage();
        assertTrue(message.contains("%2.late is used in b1 where its definition in b1 does not dominate"), message);
    }

    @Test
    void rejectsASecondDefinitionInSsaForm() {
        Function function = maximum();
        VirtualRegister a = function.parameters().get(0);
        function.blocks().get(1).instructions().add(0, new Instruction(Opcode.MOVE, a, Kind.INT, Constant.ofInt(1)));
        String message = assertThrows(IllegalStateException.class, () -> IrVerifier.verify(function)).getMessage();
        assertTrue(message.contains("%0.a is defined more than once"), message);
    }

    @Test
    void outOfSsaFormChecksDefiniteAssignmentInstead() {
        Function function = useOnAPathWithoutDefinition();
        function.leaveSsa();
        String message = assertThrows(IllegalStateException.class, () -> IrVerifier.verify(function)).getMessage();
        assertTrue(message.contains("%2.x may be used before it is defined in b2"), message);
        Function reassigned = maximum();
        reassigned.leaveSsa();
        VirtualRegister a = reassigned.parameters().get(0);
        reassigned.blocks().get(1).instructions().add(0, new Instruction(Opcode.MOVE, a, Kind.INT, Constant.ofInt(1)));
        assertDoesNotThrow(() -> IrVerifier.verify(reassigned));
    }

    /** b0 jumps to b1(%0.a) whose parameter %2.p is returned. */
    private static Function withBlockParameter(Value argument) {
        Function function = new Function("Test.f(I)I", "Test.f", "Test.java", Kind.INT);
        function.addParameter(Kind.INT, "a");
        Block entry = function.newBlock();
        Block next = function.newBlock();
        VirtualRegister parameter = function.addBlockParameter(next, Kind.INT, "p");
        entry.add(new Instruction(Opcode.JUMP, null, null).addTarget(next, argument == null ? List.of() : List.of(argument)));
        next.add(new Instruction(Opcode.RETURN, null, null, parameter));
        return function;
    }

    @Test
    void checksBlockArgumentsAgainstParameters() {
        Function good = withBlockParameter(Constant.ofInt(7));
        assertDoesNotThrow(() -> IrVerifier.verify(good));
        assertEquals("""
                function Test.f(I)I (%0.a: i32) -> i32
                b0:
                  jump -> b1(7:i32)
                b1(%1.p: i32):
                  return %1.p
                """, IrPrinter.format(good));
        String missing = assertThrows(IllegalStateException.class,
                () -> IrVerifier.verify(withBlockParameter(null))).getMessage();
        assertTrue(missing.contains("passes 0 arguments to b1, which has 1 parameters"), missing);
        String wrongKind = assertThrows(IllegalStateException.class,
                () -> IrVerifier.verify(withBlockParameter(Constant.ofLong(7)))).getMessage();
        assertTrue(wrongKind.contains("argument 7:i64 for %1.p is not INT"), wrongKind);
    }

    @Test
    void rejectsParametersOutOfSsaFormAndOnTheEntry() {
        Function function = withBlockParameter(Constant.ofInt(7));
        function.leaveSsa();
        String message = assertThrows(IllegalStateException.class, () -> IrVerifier.verify(function)).getMessage();
        assertTrue(message.contains("b1 has parameters out of SSA form"), message);
        Function entryWithParameter = maximum();
        entryWithParameter.entry().parameters().add(entryWithParameter.newRegister(Kind.INT, "q"));
        String entry = assertThrows(IllegalStateException.class,
                () -> IrVerifier.verify(entryWithParameter)).getMessage();
        assertTrue(entry.contains("the entry block b0 has parameters"), entry);
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
                .withCondition(Condition.UNORDERED_OR_LESS).withTargetsOf(branch);
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
