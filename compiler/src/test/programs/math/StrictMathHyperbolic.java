/** StrictMath.sinh, cosh, tanh, expm1 and log1p (fdlibm, bit-identical): edge values printed, random bit patterns folded into checksums. */
public class StrictMathHyperbolic {
    public static void main(String[] args) {
        double[] edges = {0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 0x1p-28, 0x1p-29, 0x1p-54, 0x1p-55, 0.34657359027997264,
                1.0397207708399179, 22.0, 38.816242111356935, 709.782712893384, 709.79, 710.4758600739439, 710.48,
                -745.2, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0.41421356237309503, -0.2928932188134524,
                -0.9999999999999999};
        for (double x : edges) {
            System.out.println(x + ": sinh " + StrictMath.sinh(x) + ", cosh " + StrictMath.cosh(x)
                    + ", tanh " + StrictMath.tanh(x) + ", expm1 " + StrictMath.expm1(x)
                    + ", log1p " + StrictMath.log1p(x));
        }
        long seed = 1732050807L;
        long[] checksums = new long[5];
        for (int i = 0; i < 50_000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double wide = Double.longBitsToDouble(seed);
            double small = ((seed >>> 11) * 0x1p-53 - 0.5) * 4;
            for (double x : new double[] {wide, small, small * 20}) {
                checksums[0] = checksums[0] * 31 + Double.doubleToRawLongBits(StrictMath.sinh(x));
                checksums[1] = checksums[1] * 31 + Double.doubleToRawLongBits(StrictMath.cosh(x));
                checksums[2] = checksums[2] * 31 + Double.doubleToRawLongBits(StrictMath.tanh(x));
                checksums[3] = checksums[3] * 31 + Double.doubleToRawLongBits(StrictMath.expm1(x));
                checksums[4] = checksums[4] * 31 + Double.doubleToRawLongBits(StrictMath.log1p(x));
            }
        }
        System.out.println("sinh " + Long.toHexString(checksums[0]) + ", cosh " + Long.toHexString(checksums[1])
                + ", tanh " + Long.toHexString(checksums[2]) + ", expm1 " + Long.toHexString(checksums[3])
                + ", log1p " + Long.toHexString(checksums[4]));
    }
}
