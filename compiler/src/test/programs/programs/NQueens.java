public class NQueens {
    static int solutions;
    static int[] firstSolution;
    static long nodes;

    static void solve(int n, int row, int[] cols, boolean[] usedCol, boolean[] diag1, boolean[] diag2) {
        nodes++;
        if (row == n) {
            if (solutions == 0) {
                firstSolution = new int[n];
                for (int i = 0; i < n; i++) firstSolution[i] = cols[i];
            }
            solutions++;
            return;
        }
        for (int c = 0; c < n; c++) {
            if (usedCol[c] || diag1[row + c] || diag2[row - c + n - 1]) continue;
            usedCol[c] = diag1[row + c] = diag2[row - c + n - 1] = true;
            cols[row] = c;
            solve(n, row + 1, cols, usedCol, diag1, diag2);
            usedCol[c] = diag1[row + c] = diag2[row - c + n - 1] = false;
        }
    }

    static int bitSolve(int n, int cols, int d1, int d2) {
        int all = (1 << n) - 1;
        if (cols == all) return 1;
        int count = 0;
        int free = all & ~(cols | d1 | d2);
        while (free != 0) {
            int bit = free & -free;
            free -= bit;
            count += bitSolve(n, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
        }
        return count;
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 10; n++) {
            solutions = 0;
            nodes = 0;
            firstSolution = null;
            solve(n, 0, new int[n], new boolean[n], new boolean[2 * n - 1], new boolean[2 * n - 1]);
            System.out.println(n + " queens: " + solutions + " solutions, " + nodes + " nodes, bitwise " + bitSolve(n, 0, 0, 0));
            if (firstSolution != null && n >= 4 && n <= 8) {
                for (int r = 0; r < n; r++) {
                    char[] line = new char[n];
                    for (int c = 0; c < n; c++) line[c] = firstSolution[r] == c ? 'Q' : '.';
                    System.out.println(line);
                }
            }
        }
        System.out.println("12 queens (bitwise): " + bitSolve(12, 0, 0, 0));
    }
}
