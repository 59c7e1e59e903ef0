/** Returning from inside nested loops through several finally blocks runs each once, innermost first. */
public class FinallyWithReturnInLoop {
    static StringBuilder log = new StringBuilder();
    static int find(int[][] grid, int target) {
        try {
            for (int i = 0; i < grid.length; i++) {
                try {
                    for (int j = 0; j < grid[i].length; j++) {
                        if (grid[i][j] == target) return i * 10 + j;
                    }
                } finally {
                    log.append("row").append(i).append(' ');
                }
            }
            return -1;
        } finally {
            log.append("done");
        }
    }
    public static void main(String[] args) {
        int[][] grid = {{1, 2}, {3, 4}, {5, 6}};
        System.out.println(find(grid, 4) + " [" + log + "]");
        log.setLength(0);
        System.out.println(find(grid, 9) + " [" + log + "]");
    }
}
