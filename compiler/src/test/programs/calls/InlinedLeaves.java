/**
 * Small methods that only compute from their arguments are inlined: they must behave exactly as
 * calls, including the receiver's null check of an instance method, the class initialization an
 * invokestatic triggers, and the line numbers of a stack trace thrown right after one.
 */
public class InlinedLeaves {
    static int triangle(int n) {
        return n * (n + 1) / 2;
    }

    static long sumTo(long n) {
        long sum = 0;
        for (long i = 1; i <= n; i++) {
            sum += i;
        }
        return sum;
    }

    static double reciprocal(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    static int clamp(int value, int low, int high) {
        return value < low ? low : value > high ? high : value;
    }

    static void nothing() {
    }

    int twice(int x) {
        return x + x;
    }

    static class Lazy {
        static { System.out.println("Lazy initialized"); }

        static int identity(int x) {
            return x;
        }
    }

    public static void main(String[] args) {
        int total = 0;
        for (int i = -5; i < 50; i++) {
            total += triangle(i) + clamp(i, 0, 20);
            nothing();
        }
        System.out.println("total " + total + " sumTo " + sumTo(100000) + " " + sumTo(-3));
        double norm = 0;
        for (int i = 0; i < 100; i++) {
            for (int j = 0; j < 100; j++) {
                norm += reciprocal(i, j);
            }
        }
        System.out.println("norm " + norm);
        System.out.println("before Lazy");
        System.out.println("Lazy " + Lazy.identity(41));
        InlinedLeaves leaves = new InlinedLeaves();
        System.out.println("twice " + leaves.twice(21));
        try {
            InlinedLeaves none = args.length > 100 ? leaves : null;
            System.out.println(none.twice(1));
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        int[] small = new int[3];
        System.out.println(small[triangle(2)]);
    }
}
