/** An exception thrown inside a lambda: the trace names the lambda body and its callers, not the lambda class. */
public class LambdaStackTrace {
    interface Action {
        void run(int value);
    }

    static void each(int[] values, Action action) {
        for (int value : values) {
            action.run(value);
        }
    }

    public static void main(String[] args) {
        try {
            each(new int[] {1, 2, 0}, value -> System.out.println(12 / value));
        } catch (ArithmeticException e) {
            StackTraceElement[] trace = e.getStackTrace();
            System.out.println(e + " in " + trace[0].getMethodName().startsWith("lambda$") + " "
                    + trace[1].getMethodName() + " " + trace[2].getMethodName());
        }
        each(new int[] {5}, value -> {
            throw new IllegalStateException("value " + value);
        });
    }
}
