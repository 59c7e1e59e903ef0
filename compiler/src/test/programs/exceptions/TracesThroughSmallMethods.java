/**
 * Stack traces name every Java frame, also of small methods a compiler may inline: getters and
 * one-line helpers that throw implicitly or explicitly, nested three deep, a recursive method,
 * an exception created in a small factory, and frames of constructors.
 */
public class TracesThroughSmallMethods {
    static final class Box {
        final int[] values;
        Box(int[] values) { this.values = values; }
        int first() { return values[0]; }
        int length() { return values.length; }
    }

    static int firstOf(Box box) { return box.first(); }
    static int lengthOf(Box box) { return box.length(); }
    static int twice(Box box) { return 2 * firstOf(box); }
    static int quotient(int a, int b) { return a / b; }
    static IllegalStateException failure(String why) { return new IllegalStateException(why); }
    static void require(boolean condition) { if (!condition) throw failure("required"); }
    static int countDown(int n) { return n == 0 ? quotient(1, n) : countDown(n - 1) + 1; }

    static final class Checked {
        final int value;
        Checked(int value) {
            require(value >= 0);
            this.value = value;
        }
    }

    static void show(String what, Throwable t) {
        System.out.println(what + ": " + t);
        for (StackTraceElement e : t.getStackTrace()) {
            System.out.println("  " + e);
        }
    }

    public static void main(String[] args) {
        try { twice(new Box(null)); } catch (NullPointerException e) { show("null values", e); }
        try { lengthOf(null); } catch (NullPointerException e) { show("null box", e); }
        try { twice(new Box(new int[0])); } catch (ArrayIndexOutOfBoundsException e) { show("empty", e); }
        try { quotient(7, 0); } catch (ArithmeticException e) { show("divide", e); }
        try { require(args.length > 5); } catch (IllegalStateException e) { show("require", e); }
        try { new Checked(-1); } catch (IllegalStateException e) { show("constructor", e); }
        try { countDown(6); } catch (ArithmeticException e) { show("recursion", e); }
        System.out.println(twice(new Box(new int[] {21})) + " " + new Checked(4).value + " " + lengthOf(new Box(new int[3])));
    }
}
