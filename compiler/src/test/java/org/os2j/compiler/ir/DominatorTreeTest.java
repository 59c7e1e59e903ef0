package org.os2j.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Dominators and loops on hand-written control flow, and the dominator tree against the
 * definition (A dominates B when B is unreachable once A is removed) on random graphs.
 */
class DominatorTreeTest {
    /** Two nested loops: b1 is the outer header, b2 the inner one; b5 leaves. */
    private static final String NESTED_LOOPS = """
            function Test.f(I)V (%0.n: i32)
            b0:
              jump -> b1
            b1:
              branch.i32 lt %0.n, 0:i32 -> b5, b2
            b2:
              branch.i32 lt %0.n, 1:i32 -> b3, b4
            b3:
              jump -> b2
            b4:
              jump -> b1
            b5:
              return
            b6:
              jump -> b5
            """;

    private static Block block(Function function, int number) {
        return function.blocks().stream().filter(b -> b.number() == number).findFirst().orElseThrow();
    }

    @Test
    void immediateDominatorsOfNestedLoops() {
        Function function = IrReader.read(NESTED_LOOPS);
        DominatorTree tree = new DominatorTree(function);
        assertNull(tree.immediateDominator(block(function, 0)));
        assertEquals(block(function, 0), tree.immediateDominator(block(function, 1)));
        assertEquals(block(function, 1), tree.immediateDominator(block(function, 2)));
        assertEquals(block(function, 2), tree.immediateDominator(block(function, 3)));
        assertEquals(block(function, 2), tree.immediateDominator(block(function, 4)));
        assertEquals(block(function, 1), tree.immediateDominator(block(function, 5)));
        assertFalse(tree.isReachable(block(function, 6)));
        assertFalse(tree.dominates(block(function, 6), block(function, 5)));
        assertTrue(tree.dominates(block(function, 1), block(function, 4)));
        assertFalse(tree.dominates(block(function, 3), block(function, 4)));
    }

    @Test
    void loopNestOfNestedLoops() {
        Function function = IrReader.read(NESTED_LOOPS);
        LoopNest loops = new LoopNest(function, new DominatorTree(function));
        assertTrue(loops.isReducible());
        assertEquals(2, loops.loops().size());
        LoopNest.Loop outer = loops.loops().get(0);
        LoopNest.Loop inner = loops.loops().get(1);
        assertEquals(block(function, 1), outer.header());
        assertEquals(List.of(1, 4, 2, 3), outer.blocks().stream().map(Block::number).toList());
        assertEquals(block(function, 2), inner.header());
        assertEquals(List.of(2, 3), inner.blocks().stream().map(Block::number).toList());
        assertEquals(outer, inner.parent());
        assertEquals(2, loops.depth(block(function, 3)));
        assertEquals(1, loops.depth(block(function, 4)));
        assertEquals(0, loops.depth(block(function, 5)));
        assertEquals(inner, loops.loopOf(block(function, 2)));
    }

    @Test
    void irreducibleCycleIsReported() {
        Function function = IrReader.read("""
                function Test.f(I)V (%0.n: i32)
                b0:
                  branch.i32 lt %0.n, 0:i32 -> b1, b2
                b1:
                  jump -> b2
                b2:
                  branch.i32 lt %0.n, 1:i32 -> b1, b3
                b3:
                  return
                """);
        LoopNest loops = new LoopNest(function, new DominatorTree(function));
        assertFalse(loops.isReducible());
        assertTrue(loops.loops().isEmpty());
    }

    /** Random graphs of 2-12 blocks: dominates(a, b) agrees with reachability without a. */
    @Test
    void agreesWithTheDefinitionOnRandomGraphs() {
        Random random = new Random(17);
        for (int round = 0; round < 300; round++) {
            int size = 2 + random.nextInt(11);
            Function function = new Function("Test.f", "Test.f", null, null);
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                blocks.add(function.newBlock());
            }
            for (Block block : blocks) {
                int successors = random.nextInt(3);
                if (successors == 0) {
                    block.add(new Instruction(Opcode.RETURN, null, null));
                } else if (successors == 1) {
                    block.add(new Instruction(Opcode.JUMP, null, null).withTargets(blocks.get(random.nextInt(size))));
                } else {
                    block.add(new Instruction(Opcode.BRANCH, null, Kind.INT, Constant.ofInt(0), Constant.ofInt(1))
                            .withCondition(Condition.EQUAL)
                            .withTargets(blocks.get(random.nextInt(size)), blocks.get(random.nextInt(size))));
                }
            }
            DominatorTree tree = new DominatorTree(function);
            for (Block a : blocks) {
                BitSet reachableWithout = reachable(blocks, a);
                BitSet reachable = reachable(blocks, null);
                for (Block b : blocks) {
                    boolean expected = reachable.get(b.number()) && reachable.get(a.number())
                            && (a == b || !reachableWithout.get(b.number()));
                    assertEquals(expected, tree.dominates(a, b), "round " + round + ": " + a + " dom " + b
                            + "\n" + IrPrinter.format(function));
                }
            }
        }
    }

    private static BitSet reachable(List<Block> blocks, Block removed) {
        BitSet seen = new BitSet();
        List<Block> work = new ArrayList<>();
        if (blocks.get(0) != removed) {
            work.add(blocks.get(0));
            seen.set(0);
        }
        while (!work.isEmpty()) {
            for (Block successor : work.remove(work.size() - 1).successors()) {
                if (successor != removed && !seen.get(successor.number())) {
                    seen.set(successor.number());
                    work.add(successor);
                }
            }
        }
        return seen;
    }
}
