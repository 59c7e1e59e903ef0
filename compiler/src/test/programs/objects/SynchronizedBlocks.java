/** synchronized methods and blocks run their bodies (one thread: no contention); exceptions release. */
public class SynchronizedBlocks {
    private int counter;
    synchronized void increment() { counter++; }
    static synchronized String describe(int n) { return "n=" + n; }
    public static void main(String[] args) {
        SynchronizedBlocks s = new SynchronizedBlocks();
        for (int i = 0; i < 5; i++) s.increment();
        synchronized (s) { s.counter += 10; }
        System.out.println(s.counter + " " + describe(s.counter));
        try {
            synchronized (s) { throw new IllegalStateException("inside"); }
        } catch (IllegalStateException e) {
            synchronized (s) { System.out.println("caught " + e.getMessage()); }
        }
    }
}
