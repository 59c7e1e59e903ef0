/** An uncaught ArithmeticException from Math.multiplyExact while computing factorials, thrown inside the JDK. */
public class UncaughtMultiplyExact {
    static long factorial(int n) {
        long result = 1;
        for (int i = 2; i <= n; i++) {
            result = Math.multiplyExact(result, i);
        }
        return result;
    }

    public static void main(String[] args) {
        for (int n = 18; n <= 22; n++) {
            System.out.println(n + "! = " + factorial(n));
        }
        System.out.println("not reached");
    }
}
