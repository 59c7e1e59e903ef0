/** Caused by: chains print with "... n more" for the frames shared with the enclosing trace. */
public class UncaughtWithCause {
    static void read(String path) { throw new UnsupportedOperationException("cannot read " + path); }
    static void load(String path) {
        try { read(path); } catch (UnsupportedOperationException e) { throw new IllegalStateException("load failed", e); }
    }
    static void start() { load("config.txt"); }
    public static void main(String[] args) {
        System.out.println("starting");
        start();
    }
}
