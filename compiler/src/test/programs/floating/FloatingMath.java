/**
 * Math's exact operations, and StrictMath's fdlibm functions: Math.pow and Math.exp may differ from
 * StrictMath in the last bit (within 1 ulp, as their specification allows), and HotSpot's intrinsics
 * do, so the test calls StrictMath for those, which is what os2j's Math uses.
 */
public class FloatingMath {
    static final double[] VALUES = {Double.NEGATIVE_INFINITY, -1e20, -2.5, -1.5, -0.5000000000000001, -0.5,
        -0.49999999999999994, -0.0, 0.0, 0.49999999999999994, 0.5, 1.5, 2.5, 3.7, 4503599627370497.0, 1e20,
        Double.POSITIVE_INFINITY, Double.NaN, Double.MIN_VALUE};

    public static void main(String[] args) {
        for (double v : VALUES) {
            System.out.println(v + ": abs " + Math.abs(v) + " sqrt " + Math.sqrt(v) + " floor " + Math.floor(v)
                    + " ceil " + Math.ceil(v) + " rint " + Math.rint(v) + " round " + Math.round(v)
                    + " fround " + Math.round((float) v) + " signum " + Math.signum(v) + " exp " + Math.getExponent(v)
                    + " cbrt " + Math.cbrt(v));
        }
        for (double a : VALUES) {
            for (double b : VALUES) {
                System.out.print(Math.max(a, b) + "/" + Math.min(a, b) + " ");
            }
            System.out.println();
        }
        System.out.println(Math.max(-0.0f, 0.0f) + " " + Math.min(-0.0f, 0.0f) + " " + Math.abs(-0.0f) + " "
                + Math.max(Float.NaN, 1f) + " " + Math.copySign(3.0, -0.0) + " " + Math.copySign(2f, 1f));
        double[] bases = {0.5, 2.0, 10.0, -3.0, 1.0000001};
        double[] exponents = {-2.0, 0.5, 3.0, 10.5, 100.0};
        for (double base : bases) {
            StringBuilder line = new StringBuilder();
            for (double exponent : exponents) {
                line.append(StrictMath.pow(base, exponent)).append(' ');
            }
            System.out.println(line.toString());
        }
        System.out.println(StrictMath.exp(1.0) + " " + StrictMath.exp(-745.2) + " " + StrictMath.exp(709.0) + " " + Math.hypot(3, 4)
                + " " + Math.hypot(1e300, 1e300) + " " + Math.toRadians(180) + " " + Math.toDegrees(Math.PI / 3));
        double guess = 1;
        for (int i = 0; i < 8; i++) {
            guess = (guess + 2 / guess) / 2;
        }
        System.out.println("newton " + guess + " " + (guess == Math.sqrt(2)));
    }
}
