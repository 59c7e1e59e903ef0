/** An exception unwinding many frames runs each frame's finally block on the way, innermost first. */
public class DeepUnwindThroughFinally {
    static StringBuilder log = new StringBuilder();
    static void level(int n) {
        try {
            if (n == 0) throw new UnsupportedOperationException("at the bottom");
            level(n - 1);
        } finally {
            log.append(n);
        }
    }
    public static void main(String[] args) {
        try {
            level(9);
        } catch (UnsupportedOperationException e) {
            System.out.println(e.getMessage() + " " + log);
        }
    }
}
