/** StrictMath.asin, acos, atan and atan2 (fdlibm, bit-identical): edge values and quadrants printed, random bit patterns folded into checksums. */
public class StrictMathInverseTrigonometry {
    public static void main(String[] args) {
        double[] edges = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.975, 0x1p-27, 0x1p-57, 0.4375, 0.6875, 1.1875, 2.4375,
                0x1p66, 1.0000001, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 10.0, -3.0};
        for (double x : edges) {
            System.out.println(x + ": asin " + StrictMath.asin(x) + ", acos " + StrictMath.acos(x)
                    + ", atan " + StrictMath.atan(x));
        }
        double[] quadrants = {0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 1e-300, 1e300,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        StringBuilder line = new StringBuilder();
        for (double y : quadrants) {
            line.setLength(0);
            line.append("atan2(").append(y).append(", x):");
            for (double x : quadrants) {
                line.append(' ').append(StrictMath.atan2(y, x));
            }
            System.out.println(line);
        }
        long seed = 1414213562L;
        long[] checksums = new long[4];
        for (int i = 0; i < 50_000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double wide = Double.longBitsToDouble(seed);
            double unit = (seed >>> 11) * 0x1p-52 - 1;
            double other = Double.longBitsToDouble(Long.rotateLeft(seed, 29));
            for (double x : new double[] {wide, unit, unit * 20}) {
                checksums[0] = checksums[0] * 31 + Double.doubleToRawLongBits(StrictMath.asin(x));
                checksums[1] = checksums[1] * 31 + Double.doubleToRawLongBits(StrictMath.acos(x));
                checksums[2] = checksums[2] * 31 + Double.doubleToRawLongBits(StrictMath.atan(x));
            }
            checksums[3] = checksums[3] * 31 + Double.doubleToRawLongBits(StrictMath.atan2(wide, other));
            checksums[3] = checksums[3] * 31 + Double.doubleToRawLongBits(StrictMath.atan2(unit, unit * 3 - 1));
        }
        System.out.println("asin " + Long.toHexString(checksums[0]) + ", acos " + Long.toHexString(checksums[1])
                + ", atan " + Long.toHexString(checksums[2]) + ", atan2 " + Long.toHexString(checksums[3]));
    }
}
