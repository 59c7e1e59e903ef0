/** Lambdas: non-capturing and capturing (locals, this), primitive and reference parameters, custom interfaces. */
public class LambdaBasics {
    interface IntOperation {
        int apply(int left, int right);
    }

    interface Greeter {
        String greet(String name);
    }

    interface LongSupplier {
        long get();
    }

    private final String prefix;

    LambdaBasics(String prefix) {
        this.prefix = prefix;
    }

    Greeter greeter() {
        return name -> prefix + ", " + name + "!";
    }

    static int fold(int[] values, int start, IntOperation operation) {
        int result = start;
        for (int value : values) {
            result = operation.apply(result, value);
        }
        return result;
    }

    public static void main(String[] args) {
        int[] values = {3, 1, 4, 1, 5, 9, 2, 6};
        System.out.println(fold(values, 0, (a, b) -> a + b));
        System.out.println(fold(values, 1, (a, b) -> a * b));
        int offset = 100;
        System.out.println(fold(values, 0, (a, b) -> Math.max(a, b) + offset));
        Runnable hello = () -> System.out.println("hello from a Runnable");
        hello.run();
        System.out.println(new LambdaBasics("Hello").greeter().greet("kernel"));
        long base = 1L << 40;
        String label = "base";
        LongSupplier supplier = () -> base + label.length();
        System.out.println(supplier.get());
        Runnable[] counters = new Runnable[3];
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < counters.length; i++) {
            int index = i;
            counters[i] = () -> log.append(index).append(';');
        }
        for (Runnable counter : counters) {
            counter.run();
        }
        System.out.println(log);
    }
}
