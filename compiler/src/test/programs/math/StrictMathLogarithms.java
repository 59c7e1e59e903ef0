/** StrictMath.log and log10 (fdlibm, bit-identical): edge values printed, random bit patterns folded into a checksum. */
public class StrictMathLogarithms {
    public static void main(String[] args) {
        double[] edges = {0.0, -0.0, 1.0, -1.0, 2.0, 10.0, 0.1, 1e-300, 1e300, Double.MIN_VALUE, Double.MIN_NORMAL,
                Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Math.E, 1000.0};
        for (double x : edges) {
            System.out.println(x + ": log " + StrictMath.log(x) + ", log10 " + StrictMath.log10(x)
                    + ", Math.log10 " + Math.log10(x));
        }
        long seed = 12345;
        long checksum = 0;
        for (int i = 0; i < 100_000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double x = Double.longBitsToDouble(seed >>> 1);
            checksum = checksum * 31 + Double.doubleToRawLongBits(StrictMath.log(x));
            checksum = checksum * 31 + Double.doubleToRawLongBits(StrictMath.log10(x));
        }
        System.out.println("checksum " + Long.toHexString(checksum));
    }
}
