/** pow, exp, sqrt, cbrt, hypot and log's special cases from their specifications, for Math and StrictMath alike. */
public class SpecialValueFunctions {
    static final double NaN = Double.NaN, INF = Double.POSITIVE_INFINITY, NINF = Double.NEGATIVE_INFINITY;

    static String both(double m, double s) {
        return Double.compare(m, s) == 0 ? String.valueOf(m) : m + "!=" + s;
    }

    static void pow(double a, double b) {
        System.out.println("pow(" + a + ", " + b + ") = " + both(Math.pow(a, b), StrictMath.pow(a, b)));
    }

    public static void main(String[] args) {
        double[][] pows = {{NaN, 0}, {NaN, -0.0}, {1, NaN}, {NaN, 1}, {2, 1}, {-1, INF}, {-1, NINF}, {0.5, INF}, {2, INF},
                {0.5, NINF}, {2, NINF}, {0.0, 3}, {-0.0, 3}, {-0.0, 2}, {-0.0, -3}, {-0.0, -2}, {0.0, -1}, {INF, -1},
                {NINF, 3}, {NINF, 2}, {NINF, -3}, {NINF, -2}, {-8, 1.0 / 3}, {-2, 3}, {-2, -2}, {-2, 0.5}, {2, 10}, {10, -2},
                {2, 1024}, {2, -1075}, {2, -1074}, {-1, 1e300}, {4, 0.5}};
        for (double[] p : pows) {
            pow(p[0], p[1]);
        }
        double[] xs = {NaN, INF, NINF, 0.0, -0.0, 1.0, -1.0, 27.0, -64.0, 1e-320, 2.0};
        for (double x : xs) {
            System.out.println(x + ": sqrt " + both(Math.sqrt(x), StrictMath.sqrt(x)) + " cbrt " + both(Math.cbrt(x), StrictMath.cbrt(x))
                    + " exp " + (x == 2.0 || x == 1.0 || x == -1.0 || x == 27.0 || x == -64.0 || x == 1e-320 ? "-" : both(Math.exp(x), StrictMath.exp(x)))
                    + " log " + (x == 27.0 || x == 2.0 || x == 1e-320 ? "-" : both(Math.log(x), StrictMath.log(x)))
                    + " expm1 " + (x == 27.0 || x == 2.0 || x == 1.0 || x == -1.0 || x == -64.0 ? "-" : both(Math.expm1(x), StrictMath.expm1(x))));
        }
        System.out.println(StrictMath.exp(709.782712893384) + " " + StrictMath.exp(709.8) + " " + StrictMath.exp(-745.1) + " "
                + StrictMath.exp(-746) + " " + StrictMath.log(Double.MIN_VALUE) + " " + StrictMath.cbrt(2) + " " + StrictMath.cbrt(1e-310));
        System.out.println(Math.hypot(INF, NaN) + " " + Math.hypot(NaN, NINF) + " " + Math.hypot(NaN, 1) + " " + Math.hypot(-3, -4)
                + " " + Math.hypot(-0.0, 0.0) + " " + Math.hypot(Double.MAX_VALUE, Double.MAX_VALUE) + " " + Math.hypot(3e-320, 4e-320)
                + " " + StrictMath.hypot(5, 12) + " " + Math.hypot(1, 1));
        System.out.println(Math.sqrt(2) + " " + Math.sqrt(Double.MIN_VALUE) + " " + Math.sqrt(Double.MAX_VALUE) + " " + (float) Math.sqrt(2f)
                + " " + Math.log10(1000) + " " + Math.log10(0) + " " + Math.log1p(-1) + " " + Math.log1p(NINF));
    }
}
