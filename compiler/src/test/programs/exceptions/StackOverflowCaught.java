/** Deep recursion throws StackOverflowError, which a handler catches; the program goes on. */
public class StackOverflowCaught {
    static long depth;
    static long down(long n) { depth++; return down(n + 1) + n; }
    static int mutualA(int n) { return mutualB(n + 1) + 1; }
    static int mutualB(int n) { return mutualA(n + 1) + 1; }
    public static void main(String[] args) {
        for (int round = 0; round < 3; round++) {
            depth = 0;
            try {
                down(0);
            } catch (StackOverflowError e) {
                System.out.println("round " + round + ": " + e.getClass().getName() + " deep " + (depth > 5000));
            }
        }
        try {
            mutualA(0);
        } catch (StackOverflowError e) {
            System.out.println("mutual recursion overflowed, message " + e.getMessage());
        }
        System.out.println("done");
    }
}
