public class MatrixMultiply {
    static int[][] multiply(int[][] a, int[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        int[][] c = new int[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                int s = 0;
                for (int x = 0; x < k; x++) s += a[i][x] * b[x][j];
                c[i][j] = s;
            }
        return c;
    }

    static long[][] multiplyMod(long[][] a, long[][] b, long mod) {
        int n = a.length;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                long s = 0;
                for (int x = 0; x < n; x++) s = (s + a[i][x] * b[x][j]) % mod;
                c[i][j] = s;
            }
        return c;
    }

    static long[][] powerMod(long[][] m, long e, long mod) {
        int n = m.length;
        long[][] r = new long[n][n];
        for (int i = 0; i < n; i++) r[i][i] = 1;
        while (e > 0) {
            if ((e & 1) == 1) r = multiplyMod(r, m, mod);
            m = multiplyMod(m, m, mod);
            e >>= 1;
        }
        return r;
    }

    static void print(int[][] m) {
        for (int[] row : m) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append('\t');
            System.out.println(sb.toString());
        }
    }

    static long trace(int[][] m) {
        long t = 0;
        for (int i = 0; i < m.length; i++) t += m[i][i];
        return t;
    }

    public static void main(String[] args) {
        int[][] a = {{1, 2, 3}, {4, 5, 6}};
        int[][] b = {{7, 8}, {9, 10}, {11, 12}};
        print(multiply(a, b));
        print(multiply(b, a));
        int n = 12;
        int[][] x = new int[n][n];
        int[][] y = new int[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                x[i][j] = (i * 7 + j * 3) % 11 - 5;
                y[i][j] = (i == j) ? 2 : (i + j) % 3 - 1;
            }
        int[][] p = multiply(x, y);
        print(p);
        System.out.println("trace " + trace(p));
        // Repeated multiplication overflows int in a well-defined way.
        int[][] acc = x;
        for (int step = 1; step <= 12; step++) {
            acc = multiply(acc, x);
            System.out.println("x^" + (step + 1) + " trace " + trace(acc) + " corner " + acc[0][n - 1] + " " + acc[n - 1][0]);
        }
        // Fibonacci by fast matrix power modulo a prime.
        long[][] fib = {{1, 1}, {1, 0}};
        long mod = 1000000007L;
        long[] exps = {1, 2, 10, 50, 90, 1000, 1000000, 1000000000000L, Long.MAX_VALUE};
        for (long e : exps) {
            long[][] r = powerMod(fib, e, mod);
            System.out.println("F(" + e + ") mod p = " + r[0][1]);
        }
        // Identity and zero checks.
        int[][] id = new int[4][4];
        for (int i = 0; i < 4; i++) id[i][i] = 1;
        int[][] m4 = {{1, -2, 3, -4}, {5, 6, -7, 8}, {-9, 10, 11, 12}, {13, -14, 15, 16}};
        int[][] prod = multiply(m4, id);
        boolean same = true;
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) same &= prod[i][j] == m4[i][j];
        System.out.println("M*I == M " + same);
        print(multiply(m4, m4));
        // Large-ish square multiply checksum.
        int size = 60;
        int[][] big = new int[size][size];
        for (int i = 0; i < size; i++) for (int j = 0; j < size; j++) big[i][j] = (i * 31 + j * 17) % 97 - 48;
        int[][] sq = multiply(big, big);
        long checksum = 0;
        for (int i = 0; i < size; i++) for (int j = 0; j < size; j++) checksum = checksum * 131 + sq[i][j];
        System.out.println("60x60 checksum " + checksum + " trace " + trace(sq));
    }
}
