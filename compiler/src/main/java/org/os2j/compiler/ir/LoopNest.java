package org.os2j.compiler.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The natural loops of a function and how they nest. An edge whose target dominates its source is
 * a back edge; the loop of a header is the header plus every block that reaches one of its back
 * edges without passing the header (Aho, Lam, Sethi, Ullman, 9.6.6). Loops sharing a header are
 * one loop. A loop's parent is the smallest other loop containing its header.
 *
 * <p>Requires: a {@link DominatorTree} of the same control flow. Guarantees: loops are listed
 * outermost first (by header order in reverse postorder); {@link #isReducible} is false when some
 * cycle has no dominating header (bytecode from javac never has one).
 */
public final class LoopNest {
    /** One natural loop: its header, its blocks (header first), its enclosing loop and its depth (1 = outermost). */
    public static final class Loop {
        private final Block header;
        private final Set<Block> blocks = new LinkedHashSet<>();
        private Loop parent;
        private int depth;

        Loop(Block header) {
            this.header = header;
            blocks.add(header);
        }

        public Block header() { return header; }
        public Set<Block> blocks() { return Collections.unmodifiableSet(blocks); }
        public Loop parent() { return parent; }
        public int depth() { return depth; }

        public boolean contains(Block block) {
            return blocks.contains(block);
        }

        @Override
        public String toString() {
            return "loop " + header + " " + blocks;
        }
    }

    private final List<Loop> loops = new ArrayList<>();
    private final Map<Block, Loop> innermost = new LinkedHashMap<>();
    private boolean reducible = true;

    public LoopNest(Function function, DominatorTree dominators) {
        List<List<Block>> predecessors = Cfg.predecessors(function);
        Map<Block, Loop> byHeader = new LinkedHashMap<>();
        Map<Block, Integer> order = new java.util.HashMap<>();
        dominators.reversePostorder().forEach(block -> order.put(block, order.size()));
        for (Block header : dominators.reversePostorder()) {
            for (Block predecessor : predecessors.get(header.number())) {
                if (!dominators.isReachable(predecessor)) {
                    continue;
                }
                if (dominators.dominates(header, predecessor)) {
                    Loop loop = byHeader.computeIfAbsent(header, Loop::new);
                    collectBody(loop, predecessor, predecessors, dominators);
                } else if (order.get(predecessor) >= order.get(header)) {
                    reducible = false; // A retreating edge that is not a back edge.
                }
            }
        }
        loops.addAll(byHeader.values());
        for (Loop loop : loops) {
            for (Loop other : loops) {
                if (other != loop && other.contains(loop.header)
                        && (loop.parent == null || loop.parent.blocks.size() > other.blocks.size())) {
                    loop.parent = other;
                }
            }
        }
        for (Loop loop : loops) {
            for (Loop up = loop; up != null; up = up.parent) {
                loop.depth++;
            }
            for (Block block : loop.blocks) {
                Loop current = innermost.get(block);
                if (current == null || current.blocks.size() > loop.blocks.size()) {
                    innermost.put(block, loop);
                }
            }
        }
    }

    private static void collectBody(Loop loop, Block latch, List<List<Block>> predecessors,
                                    DominatorTree dominators) {
        Deque<Block> work = new ArrayDeque<>();
        if (loop.blocks.add(latch)) {
            work.push(latch);
        }
        while (!work.isEmpty()) {
            for (Block predecessor : predecessors.get(work.pop().number())) {
                if (dominators.isReachable(predecessor) && loop.blocks.add(predecessor)) {
                    work.push(predecessor);
                }
            }
        }
    }

    /** Every loop, outermost first. */
    public List<Loop> loops() {
        return loops;
    }

    /** The innermost loop containing {@code block}, or null. */
    public Loop loopOf(Block block) {
        return innermost.get(block);
    }

    /** How many loops contain {@code block} (0 outside loops). */
    public int depth(Block block) {
        Loop loop = innermost.get(block);
        return loop == null ? 0 : loop.depth;
    }

    public boolean isReducible() {
        return reducible;
    }
}
