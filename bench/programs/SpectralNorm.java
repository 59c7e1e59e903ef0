/** The spectral norm of an infinite matrix, truncated: nested double loops with integer-to-double conversions. */
public class SpectralNorm {
    static double a(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    static void multiply(double[] v, double[] result, int n) {
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += a(i, j) * v[j];
            }
            result[i] = sum;
        }
    }

    static void multiplyTransposed(double[] v, double[] result, int n) {
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += a(j, i) * v[j];
            }
            result[i] = sum;
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        double[] u = new double[n];
        double[] v = new double[n];
        double[] temporary = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = 1;
        }
        for (int i = 0; i < 10; i++) {
            multiply(u, temporary, n);
            multiplyTransposed(temporary, v, n);
            multiply(v, temporary, n);
            multiplyTransposed(temporary, u, n);
        }
        double uv = 0;
        double vv = 0;
        for (int i = 0; i < n; i++) {
            uv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        System.out.println(Math.sqrt(uv / vv));
    }
}
