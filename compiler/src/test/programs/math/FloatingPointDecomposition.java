/** ulp, nextAfter, nextUp/nextDown, scalb (with subnormal rounding), getExponent, copySign and signum, double and float. */
public class FloatingPointDecomposition {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1.0, -1.0, 1.5, 3.0, 1e-310, 1e300, Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double v : ds) {
            System.out.println(v + ": ulp " + Math.ulp(v) + " exp " + Math.getExponent(v) + " up " + Math.nextUp(v) + " down "
                    + Math.nextDown(v) + " toward0 " + Math.nextAfter(v, 0.0) + " signum " + Math.signum(v) + " scalb+3 "
                    + Math.scalb(v, 3) + " scalb-1074 " + Math.scalb(v, -1074));
        }
        float[] fs = {0f, -0f, Float.MIN_VALUE, Float.MIN_NORMAL, 1f, 0.1f, 3e38f, Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NaN};
        for (float v : fs) {
            System.out.println(v + "f: ulp " + Math.ulp(v) + " exp " + Math.getExponent(v) + " up " + Math.nextUp(v) + " down "
                    + Math.nextDown(v) + " after(-inf) " + Math.nextAfter(v, Double.NEGATIVE_INFINITY) + " scalb-10 " + Math.scalb(v, -10)
                    + " scalb200 " + Math.scalb(v, 200));
        }
        System.out.println(Math.scalb(1.5, -1074) + " " + Math.scalb(2.5, -1074) + " " + Math.scalb(3.0, -1075) + " "
                + Math.scalb(1.0, 2000) + " " + Math.scalb(Double.MAX_VALUE, -2100) + " " + Math.scalb(Double.MIN_VALUE, 1074)
                + " " + Math.scalb(1.0, Integer.MIN_VALUE) + " " + Math.scalb(-0.0, 5));
        System.out.println(Math.nextAfter(1.0, 1.0) + " " + Math.nextAfter(0.0, -1.0) + " " + Math.nextAfter(-0.0, 0.0) + " "
                + Math.nextAfter(0.0, -0.0) + " " + Math.nextAfter(1.0, Double.NaN) + " " + Math.nextAfter(Double.MAX_VALUE, Double.POSITIVE_INFINITY));
        System.out.println(Math.copySign(1.0, -0.0) + " " + Math.copySign(-2.0, 0.0) + " " + Math.copySign(0.0, -1.0) + " "
                + Math.copySign(3f, -Float.MIN_VALUE) + " " + StrictMath.copySign(1.0, Double.NaN) + " "
                + Long.toHexString(Double.doubleToRawLongBits(Math.copySign(Double.NaN, -1.0))));
        System.out.println(Math.signum(-0.0f) + " " + Math.signum(Float.NaN) + " " + Math.signum(-1e-45f) + " " + Math.signum(-5e-324));
        int subnormals = 0;
        for (double v = Double.MIN_NORMAL; v > 0; v = Math.nextDown(v)) {
            if (Math.getExponent(v) != Double.MIN_EXPONENT - 1) break;
            if (++subnormals > 5) break;
        }
        System.out.println("subnormal steps " + subnormals + " " + (Math.ulp(Double.MIN_NORMAL) == Double.MIN_VALUE) + " "
                + (Math.ulp(1e-310) == Double.MIN_VALUE));
    }
}
