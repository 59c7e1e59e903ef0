/** An uncaught exception thrown through an interface call and a default method: HotSpot's trace. */
public class UncaughtFromInterfaceCall {
    interface Step { void run(int n); default void twice(int n) { run(n); run(n + 1); } }
    static class Checker implements Step { public void run(int n) { if (n > 3) throw new IllegalStateException("step " + n + " too far"); System.out.println("step " + n); } }
    public static void main(String[] args) {
        Step s = new Checker();
        s.twice(2);
        s.twice(3);
    }
}
