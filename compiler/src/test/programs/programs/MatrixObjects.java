/** A whole program: an immutable matrix class with operations returning new objects, and shape errors as exceptions. */
public class MatrixObjects {
    static final class Matrix {
        final int rows, cols; final long[] data;
        Matrix(int rows, int cols) { this.rows = rows; this.cols = cols; this.data = new long[rows * cols]; }
        long get(int r, int c) { return data[r * cols + c]; }
        Matrix with(int r, int c, long v) { Matrix m = copy(); m.data[r * cols + c] = v; return m; }
        Matrix copy() { Matrix m = new Matrix(rows, cols); System.arraycopy(data, 0, m.data, 0, data.length); return m; }
        Matrix times(Matrix o) {
            if (cols != o.rows) throw new IllegalArgumentException("shape " + rows + "x" + cols + " * " + o.rows + "x" + o.cols);
            Matrix m = new Matrix(rows, o.cols);
            for (int i = 0; i < rows; i++) for (int j = 0; j < o.cols; j++) { long s = 0; for (int k = 0; k < cols; k++) s += get(i, k) * o.get(k, j); m.data[i * o.cols + j] = s; }
            return m;
        }
        static Matrix identity(int n) { Matrix m = new Matrix(n, n); for (int i = 0; i < n; i++) m.data[i * n + i] = 1; return m; }
        public String toString() { StringBuilder sb = new StringBuilder(); for (int i = 0; i < rows; i++) { sb.append('['); for (int j = 0; j < cols; j++) sb.append(j == 0 ? "" : " ").append(get(i, j)); sb.append(']'); } return sb.toString(); }
        public boolean equals(Object o) { if (!(o instanceof Matrix m) || m.rows != rows || m.cols != cols) return false; for (int i = 0; i < data.length; i++) if (data[i] != m.data[i]) return false; return true; }
        public int hashCode() { long h = rows * 31L + cols; for (long v : data) h = h * 31 + v; return (int) (h ^ (h >>> 32)); }
    }
    public static void main(String[] args) {
        Matrix fib = new Matrix(2, 2).with(0, 0, 1).with(0, 1, 1).with(1, 0, 1);
        Matrix power = Matrix.identity(2);
        for (int i = 0; i < 50; i++) power = power.times(fib);
        System.out.println(power + " fib(50)=" + power.get(0, 1));
        System.out.println(Matrix.identity(3).times(Matrix.identity(3)).equals(Matrix.identity(3)) + " " + (Matrix.identity(2).hashCode() == Matrix.identity(2).hashCode()));
        try { new Matrix(2, 3).times(new Matrix(2, 3)); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    }
}
