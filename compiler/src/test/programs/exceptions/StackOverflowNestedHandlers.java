/**
 * Handlers deep in the stack: the frame that catches a StackOverflowError is right above the
 * overflow, recurses again from its handler and overflows again, fifty times, then a program
 * that recurses again from main overflows once more.
 */
public class StackOverflowNestedHandlers {
    static int caught;

    static void down(int n) {
        try {
            down(n + 1);
        } catch (StackOverflowError e) {
            caught++;
            if (caught < 50) {
                down(n + 1);
            }
        }
    }

    static int depth(int n) {
        try {
            return depth(n + 1);
        } catch (StackOverflowError e) {
            return n;
        }
    }

    public static void main(String[] args) {
        down(0);
        System.out.println("caught " + caught);
        for (int round = 0; round < 3; round++) {
            System.out.println("round " + round + " deep: " + (depth(0) > 1000));
        }
        try {
            down(0);
        } catch (StackOverflowError e) {
            System.out.println("not reached");
        }
        System.out.println("caught " + caught);
    }
}
