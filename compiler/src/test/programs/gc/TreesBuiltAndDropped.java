/** Binary trees built and dropped (the Benchmarks Game's shape): most objects die young, one tree lives throughout. */
public class TreesBuiltAndDropped {
    static final class Tree {
        final Tree left;
        final Tree right;

        Tree(Tree left, Tree right) {
            this.left = left;
            this.right = right;
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }

    static Tree build(int depth) {
        return depth == 0 ? new Tree(null, null) : new Tree(build(depth - 1), build(depth - 1));
    }

    public static void main(String[] args) {
        int maximumDepth = 16;
        Tree longLived = build(maximumDepth);
        for (int depth = 4; depth <= maximumDepth; depth += 2) {
            int iterations = 1 << (maximumDepth - depth + 4);
            long check = 0;
            for (int i = 0; i < iterations; i++) {
                check += build(depth).check();
            }
            System.out.println(iterations + " trees of depth " + depth + " check: " + check);
        }
        System.out.println("long lived tree of depth " + maximumDepth + " check: " + longLived.check());
    }
}
