/** An uncaught exception carrying suppressed exceptions and a cause: HotSpot prints "Suppressed:" blocks. */
public class UncaughtWithSuppressed {
    static final class Failing implements AutoCloseable {
        private final String name;

        Failing(String name) {
            this.name = name;
        }

        @Override
        public void close() {
            throw new IllegalStateException("close " + name);
        }
    }

    static void work() {
        try (Failing first = new Failing("first"); Failing second = new Failing("second")) {
            throw new RuntimeException("work failed", new ArithmeticException("root cause"));
        }
    }

    public static void main(String[] args) {
        System.out.println("working");
        work();
    }
}
