/** An uncaught ArithmeticException from a nested call: HotSpot's trace, exit status 1. */
public class UncaughtImplicit {
    static int ratio(int a, int b) { return a / b; }
    static int average(int[] values) { int sum = 0; for (int v : values) sum += v; return ratio(sum, values.length); }
    public static void main(String[] args) {
        System.out.println(average(new int[] {1, 2, 3}));
        System.out.println(average(new int[0]));
    }
}
