/** Math.fma rounds once: results that differ from a*b+c, special values, signed zeros, floats and StrictMath.fma. */
public class FusedMultiplyAdd {
    static void d(double a, double b, double c) {
        double fused = Math.fma(a, b, c);
        double plain = a * b + c;
        System.out.println("fma(" + a + ", " + b + ", " + c + ") = " + fused + " plain " + plain + " same " + (Double.compare(fused, plain) == 0)
                + " strict " + (Double.compare(StrictMath.fma(a, b, c), fused) == 0));
    }

    static void f(float a, float b, float c) {
        float fused = Math.fma(a, b, c);
        float plain = a * b + c;
        System.out.println("fmaf(" + a + ", " + b + ", " + c + ") = " + fused + " plain " + plain + " bits " + Integer.toHexString(Float.floatToRawIntBits(fused)));
    }

    public static void main(String[] args) {
        double x = 1.0 + Math.ulp(1.0);
        d(x, x, -1.0);
        d(x, x, -(1.0 + 2 * Math.ulp(1.0)));
        d(0.1, 10.0, -1.0);
        d(1e308, 10.0, -1e308);
        d(Double.MIN_VALUE, 0.5, 0.0);
        d(-0.0, 0.0, 0.0);
        d(-0.0, 0.0, -0.0);
        d(2.0, 3.0, -6.0);
        d(Double.POSITIVE_INFINITY, 0.0, 1.0);
        d(Double.POSITIVE_INFINITY, 1.0, Double.NEGATIVE_INFINITY);
        d(Double.NaN, 0.0, 1.0);
        d(1.0, 1.0, Double.NaN);
        d(Double.MAX_VALUE, 2.0, -Double.MAX_VALUE);
        d(0x1.0000001p0, 0x1.0000001p0, -0x1.0000002p0);
        float y = 1.0f + Math.ulp(1.0f);
        f(y, y, -1.0f);
        f(0.1f, 10.0f, -1.0f);
        f(3.4e38f, 2f, -3.4e38f);
        f(1.4e-45f, 0.5f, 0f);
        f(-0f, 5f, 0f);
        f(16777216f, 1f, 1f);
        long sum = 0;
        double acc = 0;
        for (int i = 1; i <= 1000; i++) {
            acc = Math.fma(i * 0.001, 1.0 / 3, acc);
            sum += Double.doubleToLongBits(acc) & 0xFF;
        }
        System.out.println("accumulated " + acc + " checksum " + sum);
    }
}
