/** An uncaught failure in a static initializer: ExceptionInInitializerError caused by the exception. */
public class UncaughtInitializerFailure {
    static class Config {
        static final String[] NAMES = {"a", "b"};
        static final String THIRD = NAMES[2];
    }
    public static void main(String[] args) {
        System.out.println("reading config");
        System.out.println(Config.THIRD);
    }
}
