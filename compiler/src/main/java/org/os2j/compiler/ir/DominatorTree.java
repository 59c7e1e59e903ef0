package org.os2j.compiler.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dominator tree of a function's reachable blocks: block A dominates B when every path from
 * the entry to B passes A. Computed with the iterative algorithm of Cooper, Harvey and Kennedy
 * ("A Simple, Fast Dominance Algorithm", 2001) over reverse postorder, then numbered in a preorder
 * walk of the tree so that {@link #dominates} is two comparisons.
 *
 * <p>Requires: blocks that end in terminators. Guarantees: a snapshot; recompute after a pass
 * changes the control flow. Unreachable blocks are in no tree and dominate nothing.
 */
public final class DominatorTree {
    private final List<Block> reversePostorder;
    private final Map<Block, Integer> orderIndex = new HashMap<>();
    private final Map<Block, Block> immediateDominator = new HashMap<>();
    private final Map<Block, List<Block>> children = new HashMap<>();
    private final Map<Block, Integer> preorderNumber = new HashMap<>();
    private final Map<Block, Integer> lastDescendantNumber = new HashMap<>();

    public DominatorTree(Function function) {
        reversePostorder = Cfg.reversePostorder(function);
        for (int i = 0; i < reversePostorder.size(); i++) {
            orderIndex.put(reversePostorder.get(i), i);
        }
        computeImmediateDominators(function);
        for (Block block : reversePostorder) {
            children.put(block, new ArrayList<>());
        }
        for (Block block : reversePostorder.subList(1, reversePostorder.size())) {
            children.get(immediateDominator.get(block)).add(block);
        }
        number(function.entry());
    }

    private void computeImmediateDominators(Function function) {
        List<List<Block>> predecessors = Cfg.predecessors(function);
        Block entry = function.entry();
        immediateDominator.put(entry, entry);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block block : reversePostorder.subList(1, reversePostorder.size())) {
                Block candidate = null;
                for (Block predecessor : predecessors.get(block.number())) {
                    if (immediateDominator.containsKey(predecessor)) {
                        candidate = candidate == null ? predecessor : intersect(predecessor, candidate);
                    }
                }
                if (candidate != immediateDominator.get(block)) {
                    immediateDominator.put(block, candidate);
                    changed = true;
                }
            }
        }
        immediateDominator.put(entry, null);
    }

    private Block intersect(Block first, Block second) {
        while (first != second) {
            while (orderIndex.get(first) > orderIndex.get(second)) {
                first = immediateDominator.get(first);
            }
            while (orderIndex.get(second) > orderIndex.get(first)) {
                second = immediateDominator.get(second);
            }
        }
        return first;
    }

    private void number(Block entry) {
        int next = 0;
        Deque<Block> stack = new ArrayDeque<>();
        Deque<Block> finishing = new ArrayDeque<>();
        stack.push(entry);
        while (!stack.isEmpty()) {
            Block block = stack.pop();
            preorderNumber.put(block, next++);
            finishing.push(block);
            List<Block> below = children.get(block);
            for (int i = below.size() - 1; i >= 0; i--) {
                stack.push(below.get(i));
            }
        }
        // A block's subtree is the preorder range up to its last descendant: fill children first.
        while (!finishing.isEmpty()) {
            Block block = finishing.pop();
            int last = preorderNumber.get(block);
            for (Block child : children.get(block)) {
                last = Math.max(last, lastDescendantNumber.get(child));
            }
            lastDescendantNumber.put(block, last);
        }
    }

    /** The reachable blocks in reverse postorder (every block after its dominators). */
    public List<Block> reversePostorder() {
        return reversePostorder;
    }

    public boolean isReachable(Block block) {
        return preorderNumber.containsKey(block);
    }

    /** The closest strict dominator, or null for the entry and unreachable blocks. */
    public Block immediateDominator(Block block) {
        return immediateDominator.get(block);
    }

    /** The blocks {@code block} immediately dominates. */
    public List<Block> children(Block block) {
        return children.getOrDefault(block, List.of());
    }

    /** Whether {@code dominator} dominates {@code block} (every block dominates itself). */
    public boolean dominates(Block dominator, Block block) {
        Integer start = preorderNumber.get(dominator);
        Integer number = preorderNumber.get(block);
        return start != null && number != null && start <= number && number <= lastDescendantNumber.get(dominator);
    }
}
