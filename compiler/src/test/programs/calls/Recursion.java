public class Recursion {
    static long hanoiMoves;

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static long fibMemo(int n, long[] memo) {
        if (n < 2) return n;
        if (memo[n] != 0) return memo[n];
        long v = fibMemo(n - 1, memo) + fibMemo(n - 2, memo);
        memo[n] = v;
        return v;
    }

    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static void hanoi(int n, int from, int to, int via, boolean print) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to, print);
        hanoiMoves++;
        if (print) {
            System.out.println("move disk " + n + " from " + from + " to " + to);
        }
        hanoi(n - 1, via, to, from, print);
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static long power(long base, int exp) {
        if (exp == 0) return 1;
        long half = power(base, exp / 2);
        return exp % 2 == 0 ? half * half : half * half * base;
    }

    static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    static long sumDigits(long n) {
        return n == 0 ? 0 : n % 10 + sumDigits(n / 10);
    }

    static int binomial(int n, int k) {
        if (k == 0 || k == n) return 1;
        return binomial(n - 1, k - 1) + binomial(n - 1, k);
    }

    static void permutations(char[] chars, int k, StringBuilder out) {
        if (k == chars.length) {
            for (char c : chars) {
                out.append(c);
            }
            out.append(' ');
            return;
        }
        for (int i = k; i < chars.length; i++) {
            char t = chars[k]; chars[k] = chars[i]; chars[i] = t;
            permutations(chars, k + 1, out);
            t = chars[k]; chars[k] = chars[i]; chars[i] = t;
        }
    }

    static int manyArgs(int a, long b, int c, long d, int e, char f, byte g, short h, boolean i, int j, long k) {
        if (a <= 0) return (int) (b + c + d + e + f + g + h + (i ? 1 : 0) + j + k);
        return manyArgs(a - 1, b + 1, c * 2 % 1000, d - 3, e ^ a, (char) (f + 1), (byte) (g + 7), (short) (h - 9), !i, j + a, k * 3);
    }

    public static void main(String[] args) {
        for (int n = 0; n <= 25; n++) {
            System.out.println("fib(" + n + ") = " + fib(n));
        }
        long[] memo = new long[93];
        for (int n = 80; n <= 92; n++) {
            System.out.println("fibMemo(" + n + ") = " + fibMemo(n, memo));
        }
        for (int m = 0; m <= 3; m++) {
            for (int n = 0; n <= 4; n++) {
                System.out.println("ackermann(" + m + "," + n + ") = " + ackermann(m, n));
            }
        }
        hanoi(4, 1, 3, 2, true);
        for (int n = 1; n <= 18; n++) {
            hanoiMoves = 0;
            hanoi(n, 1, 3, 2, false);
            System.out.println("hanoi " + n + " moves " + hanoiMoves);
        }
        for (int n = 0; n <= 20; n++) {
            System.out.println(n + " even " + isEven(n) + " odd " + isOdd(n));
        }
        System.out.println("isEven(3001) " + isEven(3001));
        for (int a = 0; a <= 100; a += 12) {
            for (int b = 1; b <= 100; b += 17) {
                System.out.print(gcd(a, b) + " ");
            }
            System.out.println();
        }
        for (int e = 0; e <= 64; e += 5) {
            System.out.println("3^" + e + " = " + power(3, e) + ", -2^" + e + " = " + power(-2, e));
        }
        System.out.println("depth " + depth(5000));
        System.out.println("sumDigits " + sumDigits(Long.MAX_VALUE) + " " + sumDigits(1234567890123L));
        for (int n = 0; n <= 12; n++) {
            StringBuilder row = new StringBuilder();
            for (int k = 0; k <= n; k++) {
                row.append(binomial(n, k)).append(' ');
            }
            System.out.println(row.toString());
        }
        StringBuilder perms = new StringBuilder();
        permutations("abcd".toCharArray(), 0, perms);
        System.out.println(perms.toString());
        System.out.println("manyArgs " + manyArgs(30, 1L, 2, 3L, 4, 'a', (byte) 5, (short) 6, true, 7, 8L));
    }
}
