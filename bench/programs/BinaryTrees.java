/** Allocation-heavy: builds and walks many binary trees (in the manner of the Benchmarks Game's binary-trees). */
public class BinaryTrees {
    static final class Node { final Node left, right; Node(Node left, Node right) { this.left = left; this.right = right; } int check() { return left == null ? 1 : 1 + left.check() + right.check(); } }
    static Node build(int depth) { return depth == 0 ? new Node(null, null) : new Node(build(depth - 1), build(depth - 1)); }
    public static void main(String[] args) {
        int maxDepth = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        Node longLived = build(maxDepth);
        for (int depth = 4; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + 4);
            long check = 0;
            for (int i = 0; i < iterations; i++) check += build(depth).check();
            System.out.println(iterations + " trees of depth " + depth + " check " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + " check " + longLived.check());
    }
}
