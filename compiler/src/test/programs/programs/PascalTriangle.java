public class PascalTriangle {
    public static void main(String[] args) {
        long[][] rows = new long[68][];
        for (int n = 0; n < rows.length; n++) {
            rows[n] = new long[n + 1];
            rows[n][0] = rows[n][n] = 1;
            for (int k = 1; k < n; k++) rows[n][k] = rows[n - 1][k - 1] + rows[n - 1][k];
        }
        for (int n = 0; n <= 20; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k <= n; k++) sb.append(rows[n][k]).append(' ');
            System.out.println(sb.toString());
        }
        // Row sums are powers of two until overflow; alternating sums are zero.
        for (int n = 0; n < rows.length; n += 3) {
            long sum = 0, alt = 0;
            for (int k = 0; k <= n; k++) {
                sum += rows[n][k];
                alt += (k % 2 == 0 ? 1 : -1) * rows[n][k];
            }
            System.out.println("row " + n + " sum " + sum + " (2^n " + (1L << n) + ") alternating " + alt + " middle " + rows[n][n / 2]);
        }
        // Hockey-stick identity check and central binomials.
        int bad = 0;
        for (int n = 1; n < 60; n++) {
            for (int r = 0; r < n; r++) {
                long s = 0;
                for (int i = r; i < n; i++) s += rows[i][r];
                if (s != rows[n][r + 1]) bad++;
            }
        }
        System.out.println("hockey stick violations " + bad);
        // Sierpinski triangle from the parity of the coefficients, as character rows.
        int size = 32;
        for (int n = 0; n < size; n++) {
            char[] line = new char[2 * size];
            for (int i = 0; i < line.length; i++) line[i] = ' ';
            for (int k = 0; k <= n; k++) {
                line[size - n + 2 * k - 1] = (rows[n][k] & 1) == 1 ? '*' : ' ';
            }
            System.out.println(line);
        }
        // int version with overflow in row 34 and beyond.
        int[] row = {1};
        for (int n = 1; n <= 40; n++) {
            int[] next = new int[n + 1];
            next[0] = next[n] = 1;
            for (int k = 1; k < n; k++) next[k] = row[k - 1] + row[k];
            row = next;
            if (n >= 30) System.out.println("int row " + n + " middle " + row[n / 2] + " long " + rows[n][n / 2]);
        }
        // Catalan numbers from central binomials.
        for (int n = 0; n <= 33; n += 3) {
            System.out.println("catalan(" + n + ") = " + rows[2 * n][n] / (n + 1));
        }
    }
}
