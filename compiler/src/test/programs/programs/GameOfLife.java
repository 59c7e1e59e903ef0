public class GameOfLife {
    static final int ROWS = 20, COLS = 40;

    static char[][] empty() {
        char[][] g = new char[ROWS][COLS];
        for (int r = 0; r < ROWS; r++)
            for (int c = 0; c < COLS; c++)
                g[r][c] = '.';
        return g;
    }

    static void place(char[][] g, int r, int c, String pattern) {
        int row = r, col = c;
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '/') {
                row++;
                col = c;
            } else {
                if (ch == '#') g[row][col] = '#';
                col++;
            }
        }
    }

    static int neighbours(char[][] g, int r, int c) {
        int n = 0;
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                if (dr == 0 && dc == 0) continue;
                int rr = (r + dr + ROWS) % ROWS;
                int cc = (c + dc + COLS) % COLS;
                if (g[rr][cc] == '#') n++;
            }
        }
        return n;
    }

    static char[][] step(char[][] g) {
        char[][] next = new char[ROWS][COLS];
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                int n = neighbours(g, r, c);
                boolean alive = g[r][c] == '#';
                next[r][c] = (alive && (n == 2 || n == 3)) || (!alive && n == 3) ? '#' : '.';
            }
        }
        return next;
    }

    static int population(char[][] g) {
        int p = 0;
        for (char[] row : g) for (char ch : row) if (ch == '#') p++;
        return p;
    }

    static long signature(char[][] g) {
        long h = 1469598103934665603L;
        for (int r = 0; r < ROWS; r++)
            for (int c = 0; c < COLS; c++)
                h = (h ^ g[r][c]) * 1099511628211L;
        return h;
    }

    static void show(char[][] g, int generation) {
        System.out.println("generation " + generation + " population " + population(g));
        for (char[] row : g) System.out.println(row);
    }

    public static void main(String[] args) {
        char[][] g = empty();
        place(g, 1, 1, ".#./..#/###");            // glider
        place(g, 5, 20, "###");                   // blinker
        place(g, 10, 5, "##/##");                 // block
        place(g, 12, 25, ".##./#..#/.##.");       // beehive
        place(g, 15, 10, "##......#.##/");        // some noise
        place(g, 2, 30, ".###/###.");             // toad
        for (int gen = 0; gen <= 60; gen++) {
            if (gen % 10 == 0 || gen < 4) show(g, gen);
            else System.out.println("generation " + gen + " population " + population(g) + " signature " + signature(g));
            g = step(g);
        }
        // R-pentomino on a torus for a while, only statistics.
        char[][] r = empty();
        place(r, 9, 19, ".##/##./.#.");
        int maxPop = 0, maxAt = 0;
        for (int gen = 0; gen < 300; gen++) {
            int p = population(r);
            if (p > maxPop) {
                maxPop = p;
                maxAt = gen;
            }
            if (gen % 25 == 0) System.out.println("r-pentomino " + gen + " population " + p + " signature " + signature(r));
            r = step(r);
        }
        System.out.println("max population " + maxPop + " at generation " + maxAt);
        show(r, 300);
    }
}
