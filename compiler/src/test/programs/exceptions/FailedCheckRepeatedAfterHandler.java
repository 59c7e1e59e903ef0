/** A check that threw into a handler is made again after it: null checks, bounds checks and class initialization are not assumed to have passed on the exception edge. */
public class FailedCheckRepeatedAfterHandler {
    static class Broken {
        static final int VALUE = compute();

        static int compute() {
            throw new IllegalStateException("initializer fails");
        }
    }

    public static void main(String[] args) {
        Integer first = null;
        Integer second = null;
        try {
            int x = first;
            System.out.println(x);
        } catch (NullPointerException e) {
            System.out.println("first: " + e.getMessage());
        }
        try {
            int y = second;
            System.out.println(y);
        } catch (NullPointerException e) {
            System.out.println("second: " + e.getMessage());
        }
        String text = null;
        for (int i = 0; i < 3; i++) {
            try {
                System.out.println(text.length());
            } catch (NullPointerException e) {
                System.out.println("round " + i + ": " + e.getMessage());
            }
        }
        int[] numbers = new int[2];
        int index = args.length + 5;
        try {
            numbers[index] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("store: " + e.getMessage());
        }
        try {
            numbers[index] = 2;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("store again: " + e.getMessage());
        }
        try {
            System.out.println(Broken.VALUE);
        } catch (ExceptionInInitializerError e) {
            System.out.println("initializer: " + e.getCause());
        }
        try {
            System.out.println(Broken.VALUE);
        } catch (NoClassDefFoundError e) {
            System.out.println("later use: " + e.getMessage());
        }
        Object boxed = "not a number";
        for (int i = 0; i < 2; i++) {
            try {
                Integer number = (Integer) boxed;
                System.out.println(number);
            } catch (ClassCastException e) {
                System.out.println("cast " + i + ": " + e.getMessage());
            }
        }
    }
}
