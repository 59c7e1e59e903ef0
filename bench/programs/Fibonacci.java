/** Naive recursive Fibonacci: call overhead, the os2j calling convention and register saving. */
public class Fibonacci {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 38;
        System.out.println(fib(n));
    }
}
