/** The os2j demo: a little of everything the compiler supports today. */
public class Hello {
    interface Shape {
        double area();
        default String describe() { return getClass().getSimpleName() + " of area " + area(); }
    }

    static final class Circle implements Shape {
        final double radius;
        Circle(double radius) { this.radius = radius; }
        public double area() { return Math.PI * radius * radius; }
    }

    static final class Square implements Shape {
        final double side;
        Square(double side) { if (side < 0) throw new IllegalArgumentException("negative side " + side); this.side = side; }
        public double area() { return side * side; }
        @Override public String describe() { return "a square, " + side + " wide"; }
    }

    static final int LIMIT = 30;
    static long[] fibonacci = new long[LIMIT];

    static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        System.out.println("Hello from os2j, " + args.length + " argument(s)");
        for (int i = 0; i < args.length; i++) {
            System.out.println("  args[" + i + "] = " + args[i]);
        }
        for (int i = 0; i < LIMIT; i++) {
            fibonacci[i] = i < 2 ? i : fibonacci[i - 1] + fibonacci[i - 2];
        }
        System.out.println("fib(25) recursively = " + fib(25) + ", from the table = " + fibonacci[25]);
        boolean[] composite = new boolean[100];
        StringBuilder primes = new StringBuilder();
        for (int i = 2; i < composite.length; i++) {
            if (!composite[i]) {
                primes.append(i).append(' ');
                for (int j = i * i; j < composite.length; j += i) {
                    composite[j] = true;
                }
            }
        }
        System.out.println("primes below 100: " + primes.toString());
        System.out.println("Integer.MIN_VALUE / -1 = " + (Integer.MIN_VALUE / -1) + ", -7 % 3 = " + (-7 % 3)
                + ", 1 << 35 = " + (1 << 35) + ", (char) 65 = " + (char) 65);
        double golden = (1 + Math.sqrt(5)) / 2;
        System.out.println("golden ratio = " + golden + ", as float " + (float) golden + ", 0.1 + 0.2 = " + (0.1 + 0.2)
                + ", 1e23 = " + 1e23 + ", 5.5 % 2 = " + 5.5 % 2 + ", (int) NaN = " + (int) Double.NaN);
        Shape[] shapes = {new Circle(1), new Square(2.5)};
        for (Shape shape : shapes) {
            System.out.println(shape.describe());
        }
        try {
            new Square(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage() + " from " + e.getStackTrace()[0].getMethodName());
        }
        String missing = args.length > 5 ? "present" : null;
        try {
            System.out.println(missing.length());
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        System.exit(args.length);
    }
}
