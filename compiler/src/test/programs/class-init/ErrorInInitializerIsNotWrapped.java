/** An Error thrown by a static initializer propagates as itself, not wrapped. */
public class ErrorInInitializerIsNotWrapped {
    static class Fails { static int value; static { if (value == 0) throw new AssertionError("assertion in init"); } }
    public static void main(String[] args) {
        try {
            System.out.println(Fails.value);
        } catch (AssertionError e) {
            System.out.println("caught " + e);
        }
        try {
            System.out.println(Fails.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("then " + e.getMessage() + " / cause " + e.getCause());
        }
    }
}
