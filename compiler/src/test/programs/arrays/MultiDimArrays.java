public class MultiDimArrays {
    static int[][] identity(int n) {
        int[][] m = new int[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    static void print(int[][] m) {
        for (int[] row : m) {
            StringBuilder sb = new StringBuilder();
            if (row == null) {
                sb.append("null");
            } else {
                for (int v : row) {
                    sb.append(v).append(' ');
                }
            }
            System.out.println(sb.toString());
        }
    }

    static int sum(int[][] m) {
        int s = 0;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                s += m[i][j];
            }
        }
        return s;
    }

    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        System.out.println("grid " + grid.length + "x" + grid[0].length);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                grid[i][j] = i * 10 + j;
            }
        }
        print(grid);
        System.out.println("sum " + sum(grid));
        print(identity(5));

        int[][] jagged = new int[5][];
        System.out.println("jagged row null? " + (jagged[2] == null));
        for (int i = 0; i < jagged.length; i++) {
            jagged[i] = new int[i + 1];
            for (int j = 0; j <= i; j++) {
                jagged[i][j] = (i + 1) * (j + 1);
            }
        }
        print(jagged);
        System.out.println("jagged sum " + sum(jagged));
        int[][] partial = new int[4][];
        partial[1] = new int[] {7, 8, 9};
        partial[3] = new int[0];
        print(partial);

        int[][] literal = {{1}, {2, 3}, {}, {4, 5, 6, 7}};
        print(literal);
        int[] swap = literal[0];
        literal[0] = literal[3];
        literal[3] = swap;
        print(literal);

        long[][][] cube = new long[3][4][5];
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 4; b++)
                for (int c = 0; c < 5; c++)
                    cube[a][b][c] = (long) a * 1000000000000L + b * 1000 + c;
        long total = 0;
        for (long[][] plane : cube)
            for (long[] row : plane)
                for (long v : row)
                    total += v;
        System.out.println("cube total " + total + " corner " + cube[2][3][4] + " dims " + cube.length + cube[0].length + cube[0][0].length);
        int[][][] partial3 = new int[2][3][];
        System.out.println("partial3 inner null " + (partial3[1][2] == null) + " length " + partial3[1].length);

        char[][] board = new char[5][9];
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 9; c++) {
                board[r][c] = (r + c) % 2 == 0 ? '#' : '.';
            }
        }
        board[2][4] = '@';
        for (char[] row : board) {
            System.out.println(row);
        }
        boolean[][] seen = new boolean[3][3];
        seen[1][1] = true;
        seen[0][2] = !seen[0][2];
        for (boolean[] row : seen) {
            System.out.println(row[0] + " " + row[1] + " " + row[2]);
        }
        byte[][] bytes = new byte[2][200];
        for (int i = 0; i < 200; i++) {
            bytes[0][i] = (byte) i;
            bytes[1][i] = (byte) -i;
        }
        System.out.println("bytes " + bytes[0][199] + " " + bytes[1][199] + " " + bytes[0][128] + " " + bytes[1][128]);
        short[][] shorts = {{Short.MIN_VALUE, Short.MAX_VALUE}, {0}};
        shorts[0][0]--;
        shorts[0][1]++;
        System.out.println("shorts " + shorts[0][0] + " " + shorts[0][1] + " " + shorts[1][0]);
        // Transpose of a non-square matrix.
        int[][] t = new int[4][3];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 4; j++)
                t[j][i] = grid[i][j];
        print(t);
        // Triangular array built with rows of varying length returned from a method.
        int[][] tri = triangle(8);
        print(tri);
        // Aliasing a row.
        int[] row = grid[1];
        row[0] = -1;
        System.out.println("aliased grid[1][0] = " + grid[1][0]);
    }

    static int[][] triangle(int n) {
        int[][] t = new int[n][];
        for (int i = 0; i < n; i++) {
            t[i] = new int[i + 1];
            t[i][0] = 1;
            t[i][i] = 1;
            for (int j = 1; j < i; j++) {
                t[i][j] = t[i - 1][j - 1] + t[i - 1][j];
            }
        }
        return t;
    }
}
