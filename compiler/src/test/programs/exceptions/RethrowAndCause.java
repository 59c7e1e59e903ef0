/** Wrapping an exception as the cause of another; getCause walks the chain. */
public class RethrowAndCause {
    static void low() { throw new IllegalArgumentException("low level"); }
    static void mid() {
        try { low(); } catch (IllegalArgumentException e) { throw new IllegalStateException("mid level", e); }
    }
    public static void main(String[] args) {
        try {
            mid();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + " <- " + e.getCause().getMessage());
            System.out.println(e.getCause().getClass().getName() + " " + (e.getCause().getCause() == null));
            System.out.println(e);
        }
        RuntimeException plain = new RuntimeException(new ArithmeticException("inner"));
        System.out.println(plain.getMessage());
    }
}
