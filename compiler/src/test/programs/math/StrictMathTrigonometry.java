/** StrictMath.sin, cos and tan (fdlibm, bit-identical): edge values printed, random bit patterns folded into checksums. */
public class StrictMathTrigonometry {
    public static void main(String[] args) {
        double[] edges = {0.0, -0.0, 1.0, -1.0, 0.5, Math.PI, -Math.PI, Math.PI / 2, Math.PI / 4, 3 * Math.PI / 4,
                0x1p-27, 0x1p-28, 0.6744, 0.6745, 1e5, 1e22, 0x1p19 * Math.PI / 2, 0x1p20 * Math.PI / 2, 1e300,
                Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 2.0, 3.0, 100.0, 710.0};
        for (double x : edges) {
            System.out.println(x + ": sin " + StrictMath.sin(x) + ", cos " + StrictMath.cos(x)
                    + ", tan " + StrictMath.tan(x));
        }
        long seed = 2718281828L;
        long[] checksums = new long[3];
        for (int i = 0; i < 50_000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double wide = Double.longBitsToDouble(seed);
            double near = ((seed >>> 11) * 0x1p-53 - 0.5) * 40;
            for (double x : new double[] {wide, near}) {
                checksums[0] = checksums[0] * 31 + Double.doubleToRawLongBits(StrictMath.sin(x));
                checksums[1] = checksums[1] * 31 + Double.doubleToRawLongBits(StrictMath.cos(x));
                checksums[2] = checksums[2] * 31 + Double.doubleToRawLongBits(StrictMath.tan(x));
            }
        }
        System.out.println("sin " + Long.toHexString(checksums[0]) + ", cos " + Long.toHexString(checksums[1])
                + ", tan " + Long.toHexString(checksums[2]));
    }
}
