public class DivisionRemainder {
    static final int[] INTS = {
        Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1000000, -100, -17, -10, -7, -3, -2, -1,
        1, 2, 3, 7, 10, 17, 100, 1000000, Integer.MAX_VALUE - 1, Integer.MAX_VALUE
    };
    static final long[] LONGS = {
        Long.MIN_VALUE, Long.MIN_VALUE + 1, -10000000000L, -2147483648L, -17L, -7L, -3L, -2L, -1L,
        1L, 2L, 3L, 7L, 17L, 2147483648L, 10000000000L, Long.MAX_VALUE - 1, Long.MAX_VALUE
    };

    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }
    static long div(long a, long b) { return a / b; }
    static long rem(long a, long b) { return a % b; }

    public static void main(String[] args) {
        System.out.println("int division");
        for (int a : INTS) {
            StringBuilder line = new StringBuilder();
            line.append(a).append(':');
            for (int b : INTS) {
                int q = div(a, b);
                int r = rem(a, b);
                if (q * b + r != a) {
                    line.append(" BROKEN");
                }
                line.append(' ').append(q).append('r').append(r);
            }
            System.out.println(line.toString());
        }
        System.out.println("MIN / -1 = " + div(Integer.MIN_VALUE, -1));
        System.out.println("MIN % -1 = " + rem(Integer.MIN_VALUE, -1));
        int m = Integer.MIN_VALUE;
        m /= -1;
        System.out.println("MIN /= -1 -> " + m);
        int n = Integer.MIN_VALUE;
        n %= -1;
        System.out.println("MIN %= -1 -> " + n);

        System.out.println("long division");
        for (long a : LONGS) {
            StringBuilder line = new StringBuilder();
            line.append(a).append(':');
            for (long b : LONGS) {
                long q = div(a, b);
                long r = rem(a, b);
                if (q * b + r != a) {
                    line.append(" BROKEN");
                }
                line.append(' ').append(q).append('r').append(r);
            }
            System.out.println(line.toString());
        }
        System.out.println("Long.MIN / -1 = " + div(Long.MIN_VALUE, -1L));
        System.out.println("Long.MIN % -1 = " + rem(Long.MIN_VALUE, -1L));

        // Division by constants (compilers like to strength-reduce these).
        for (int a = -50; a <= 50; a += 3) {
            System.out.println(a + ": /2=" + (a / 2) + " %2=" + (a % 2) + " /3=" + (a / 3) + " %3=" + (a % 3)
                    + " /4=" + (a / 4) + " %4=" + (a % 4) + " /7=" + (a / 7) + " %7=" + (a % 7)
                    + " /-8=" + (a / -8) + " %-8=" + (a % -8) + " /1=" + (a / 1) + " /-1=" + (a / -1));
        }
        int[] big = {Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 1 << 30, -(1 << 30) - 1};
        for (int a : big) {
            System.out.println(a + ": /2=" + (a / 2) + " %2=" + (a % 2) + " /16=" + (a / 16) + " %16=" + (a % 16)
                    + " /10=" + (a / 10) + " %10=" + (a % 10) + " /1000000007=" + (a / 1000000007)
                    + " >>1=" + (a >> 1));
        }
        long[] bigL = {Long.MIN_VALUE, Long.MAX_VALUE, -1L, 1L << 40, -(1L << 40) - 1};
        for (long a : bigL) {
            System.out.println(a + ": /2=" + (a / 2) + " %2=" + (a % 2) + " /10=" + (a / 10) + " %10=" + (a % 10)
                    + " /1024=" + (a / 1024) + " %1024=" + (a % 1024) + " /-3=" + (a / -3) + " %-3=" + (a % -3));
        }
        // Mixed int/long division.
        int i = -7;
        long l = 2;
        System.out.println("-7 / 2L = " + (i / l) + ", -7 % 2L = " + (i % l));
        // Digit extraction of negative numbers.
        int v = -123456789;
        StringBuilder digits = new StringBuilder();
        while (v != 0) {
            digits.append(v % 10).append(',');
            v /= 10;
        }
        System.out.println("digits of -123456789: " + digits.toString());
    }
}
