/** An uncaught exception prints HotSpot's line and stack trace to stderr and exits with 1. */
public class UncaughtCustom {
    static class ValidationError extends RuntimeException { ValidationError(String m) { super(m); } }
    static void validate(int[] values, int index) {
        if (values[index] < 0) throw new ValidationError("negative at " + index);
    }
    static void check(int[] values) { for (int i = 0; i < values.length; i++) validate(values, i); }
    public static void main(String[] args) {
        System.out.println("checking");
        check(new int[] {3, 1, -4, 1});
        System.out.println("not reached");
    }
}
