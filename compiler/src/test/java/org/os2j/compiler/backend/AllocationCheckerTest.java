package org.os2j.compiler.backend;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Constant;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Kind;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.VirtualRegister;
import org.os2j.compiler.x86.Register;
import org.os2j.compiler.x86.XmmRegister;

/** The checker accepts the allocator's result and rejects each kind of wrong allocation. */
class AllocationCheckerTest {
    /** {@code (a + 1) * b} in int, then {@code x * 2.0} in double, returned as their sum. */
    private static Function function() {
        Function function = new Function("Test.f(IID)D", "Test.f", "Test.java", Kind.DOUBLE);
        VirtualRegister a = function.addParameter(Kind.INT, "a");
        VirtualRegister b = function.addParameter(Kind.INT, "b");
        VirtualRegister x = function.addParameter(Kind.DOUBLE, "x");
        VirtualRegister sum = function.newRegister(Kind.INT, "sum");
        VirtualRegister product = function.newRegister(Kind.INT, "product");
        VirtualRegister twice = function.newRegister(Kind.DOUBLE, "twice");
        VirtualRegister widened = function.newRegister(Kind.DOUBLE, "widened");
        VirtualRegister total = function.newRegister(Kind.DOUBLE, "total");
        Block entry = function.newBlock();
        entry.add(new Instruction(Opcode.ADD, sum, Kind.INT, a, Constant.ofInt(1)));
        entry.add(new Instruction(Opcode.MULTIPLY, product, Kind.INT, sum, b));
        entry.add(new Instruction(Opcode.MULTIPLY, twice, Kind.DOUBLE, x, Constant.ofDouble(2.0)));
        entry.add(new Instruction(Opcode.INT_TO_DOUBLE, widened, Kind.DOUBLE, product));
        entry.add(new Instruction(Opcode.ADD, total, Kind.DOUBLE, twice, widened));
        entry.add(new Instruction(Opcode.RETURN, null, null, total));
        return function;
    }

    private static Location[] allocate(Function function, Liveness liveness) {
        return LinearScanAllocator.allocate(function, liveness, new FrameLayout());
    }

    @Test
    void acceptsTheLinearScanResult() {
        Function function = function();
        Liveness liveness = new Liveness(function);
        assertDoesNotThrow(() -> AllocationChecker.check(function, liveness, allocate(function, liveness)));
    }

    @Test
    void rejectsTwoLiveValuesInOneRegister() {
        Function function = function();
        Liveness liveness = new Liveness(function);
        Location[] locations = allocate(function, liveness);
        locations[1] = new Location.InRegister(Register.R12); // b, live until product
        locations[3] = new Location.InRegister(Register.R12); // sum, live at the same time
        String message = assertThrows(IllegalStateException.class,
                () -> AllocationChecker.check(function, liveness, locations)).getMessage();
        assertTrue(message.contains("%1.b and %3.sum share"), message);
    }

    @Test
    void rejectsADeadResultOverwritingALiveValue() {
        Function function = function();
        Block entry = function.entry();
        VirtualRegister unused = function.newRegister(Kind.DOUBLE, "unused");
        entry.instructions().add(0, new Instruction(Opcode.MOVE, unused, Kind.DOUBLE, Constant.ofDouble(1.0)));
        Liveness liveness = new Liveness(function);
        Location[] locations = allocate(function, liveness);
        locations[unused.number()] = locations[2]; // x is live across the dead definition
        String message = assertThrows(IllegalStateException.class,
                () -> AllocationChecker.check(function, liveness, locations)).getMessage();
        assertTrue(message.contains("%2.x and %8.unused share"), message);
    }

    @Test
    void rejectsALocationOfTheWrongRegisterClass() {
        Function function = function();
        Liveness liveness = new Liveness(function);
        Location[] locations = allocate(function, liveness);
        locations[2] = new Location.InRegister(Register.RBX);
        locations[0] = new Location.InXmmRegister(XmmRegister.XMM3);
        String message = assertThrows(IllegalStateException.class,
                () -> AllocationChecker.check(function, liveness, locations)).getMessage();
        assertTrue(message.contains("%2.x of kind DOUBLE is at InRegister[register=RBX]"), message);
        assertTrue(message.contains("%0.a of kind INT is at InXmmRegister[register=XMM3]"), message);
    }
}
