public class DivisionByZeroInt {
    static int depth(int n, int divisor) {
        if (n == 0) {
            System.out.println("dividing by " + divisor);
            return 100 / divisor;
        }
        System.out.println("descending " + n);
        return depth(n - 1, divisor) + 1;
    }

    public static void main(String[] args) {
        for (int d = 5; d >= 1; d--) {
            for (int a = -12; a <= 12; a += 4) {
                System.out.println(a + " / " + d + " = " + (a / d) + ", " + a + " % " + d + " = " + (a % d));
            }
        }
        int result = depth(4, 7);
        System.out.println("result " + result);
        int zero = args.length;
        System.out.println("about to divide by " + zero);
        result = depth(3, zero);
        System.out.println("unreachable " + result);
    }
}
