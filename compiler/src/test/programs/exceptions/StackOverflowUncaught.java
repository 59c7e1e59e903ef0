/** An uncaught StackOverflowError: output printed before is flushed, then HotSpot's 1024-frame trace. */
public class StackOverflowUncaught {
    static int forever(int n) { return forever(n + 1) * 2; }
    public static void main(String[] args) {
        for (int i = 0; i < 100; i++) System.out.println("line " + i);
        System.out.println(forever(0));
    }
}
