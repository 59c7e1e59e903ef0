/** A return or throw in finally replaces the pending exception. */
public class FinallyOverridesException {
    @SuppressWarnings("finally")
    static String swallow() { try { throw new RuntimeException("lost"); } finally { return "finally wins"; } }
    @SuppressWarnings("finally")
    static void replace() { try { throw new RuntimeException("first"); } finally { throw new IllegalStateException("second"); } }
    public static void main(String[] args) {
        System.out.println(swallow());
        try { replace(); } catch (RuntimeException e) { System.out.println(e.getClass().getSimpleName() + " " + e.getMessage()); }
    }
}
