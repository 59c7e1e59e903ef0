package org.os2j.compiler.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Control-flow graph queries over a function's blocks. */
public final class Cfg {
    private Cfg() {
    }

    /**
     * The blocks from which every way on throws: no path reaches a RETURN, and one reaches a THROW
     * or UNREACHABLE. What they allocate is an exception on its way out; their code is cold. Computed from the two
     * reachability fixpoints, so that a loop on a throwing path (inlined code has them) does not
     * keep its blocks out, while a loop that never ends is not taken for a throw.
     */
    public static Set<Block> blocksThatOnlyFail(Function function) {
        Set<Block> returning = reaching(function, Set.of(Opcode.RETURN));
        Set<Block> failing = reaching(function, Set.of(Opcode.THROW, Opcode.UNREACHABLE));
        failing.removeAll(returning);
        return failing;
    }

    /** The blocks from which a path leads to a block ending in one of {@code ends}. */
    private static Set<Block> reaching(Function function, Set<Opcode> ends) {
        Set<Block> reaching = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block block : function.blocks()) {
                if (!reaching.contains(block) && (ends.contains(block.terminator().opcode())
                        || block.successors().stream().anyMatch(reaching::contains))) {
                    reaching.add(block);
                    changed = true;
                }
            }
        }
        return reaching;
    }

    /** Predecessor lists indexed by block number (blocks may have been removed: gaps are empty). */
    public static List<List<Block>> predecessors(Function function) {
        int size = 0;
        for (Block block : function.blocks()) {
            size = Math.max(size, block.number() + 1);
        }
        List<List<Block>> predecessors = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            predecessors.add(new ArrayList<>());
        }
        for (Block block : function.blocks()) {
            for (Block successor : new LinkedHashSet<>(block.successors())) {
                predecessors.get(successor.number()).add(block);
            }
        }
        return predecessors;
    }

    /** Blocks reachable from the entry, in reverse postorder (a good linear order for codegen). */
    public static List<Block> reversePostorder(Function function) {
        List<Block> postorder = new ArrayList<>();
        Set<Block> visited = new HashSet<>();
        Deque<Block> stack = new ArrayDeque<>();
        Deque<Integer> nextChild = new ArrayDeque<>();
        stack.push(function.entry());
        nextChild.push(0);
        visited.add(function.entry());
        while (!stack.isEmpty()) {
            Block block = stack.peek();
            int child = nextChild.pop();
            List<Block> successors = block.successors();
            if (child < successors.size()) {
                nextChild.push(child + 1);
                Block successor = successors.get(child);
                if (visited.add(successor)) {
                    stack.push(successor);
                    nextChild.push(0);
                }
            } else {
                stack.pop();
                postorder.add(block);
            }
        }
        Collections.reverse(postorder);
        return postorder;
    }
}
