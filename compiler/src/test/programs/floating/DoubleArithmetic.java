public class DoubleArithmetic {
    static final double[] EDGES = {
        Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1e300, -123.456, -1.0, -0.5, -Double.MIN_NORMAL,
        -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE, 4.9e-322, Double.MIN_NORMAL, 1e-300, 0.1, 0.5, 1.0,
        3.0, 10.0, 1e16, 9007199254740993.0, 1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN
    };

    /** The canonical bits, so results are compared exactly (NaN collapsed, as its payload is unspecified). */
    static long bits(double d) {
        return Double.doubleToLongBits(d);
    }

    public static void main(String[] args) {
        long hash = 0;
        for (double a : EDGES) {
            for (double b : EDGES) {
                hash = hash * 31 + bits(a + b);
                hash = hash * 31 + bits(a - b);
                hash = hash * 31 + bits(a * b);
                hash = hash * 31 + bits(a / b);
            }
            System.out.println(a + " neg " + (-a) + " sq " + (a * a) + " inv " + (1 / a) + " half " + (a / 2));
        }
        System.out.println("hash " + hash);
        double x = 1.0;
        for (int i = 0; i < 60; i++) {
            x = x * 1.1 + 0.3 / (i + 1);
        }
        System.out.println("series " + x);
        double sum = 0;
        for (int i = 1; i <= 1000; i++) {
            sum += 1.0 / i;
        }
        System.out.println("harmonic " + sum);
        double acc = 0.1;
        acc += 0.2;
        acc *= 3;
        acc /= 7;
        acc -= 0.01;
        System.out.println("compound " + acc);
        System.out.println(-(0.0) + " " + (0.0 - 0.0) + " " + (-0.0 - 0.0) + " " + (-0.0 + 0.0) + " " + (-0.0 * 5));
        System.out.println(Double.MAX_VALUE * 2 + " " + (-Double.MAX_VALUE * 2) + " " + Double.MIN_VALUE / 2);
        System.out.println(0.1f + 0.2 + " " + (1e308 * 10 - 1e308 * 10));
    }
}
