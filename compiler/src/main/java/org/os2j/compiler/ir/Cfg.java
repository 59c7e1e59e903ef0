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
