/** StrictMath.IEEEremainder (fdlibm, bit-identical): signs, zeros, infinities, huge and subnormal ratios, random pairs. */
public class StrictMathRemainder {
    public static void main(String[] args) {
        double[] values = {0.0, -0.0, 1.0, -1.0, 1.5, 2.5, 3.0, -7.25, 0.1, 1e300, 1e-300,
                Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NaN};
        StringBuilder line = new StringBuilder();
        for (double x : values) {
            line.setLength(0);
            line.append("IEEEremainder(").append(x).append(", p):");
            for (double p : values) {
                line.append(' ').append(StrictMath.IEEEremainder(x, p));
            }
            System.out.println(line);
        }
        System.out.println("Math: " + Math.IEEEremainder(10.0, 3.0) + " " + Math.IEEEremainder(11.0, 3.0)
                + " " + Math.IEEEremainder(-5.5, 2.0));
        long seed = 3141592653L;
        long checksum = 0;
        for (int i = 0; i < 50_000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double x = Double.longBitsToDouble(seed);
            double p = Double.longBitsToDouble(Long.rotateLeft(seed, 23) ^ 0x5555555555555555L);
            double near = (seed >>> 11) * 0x1p-40;
            checksum = checksum * 31 + Double.doubleToRawLongBits(StrictMath.IEEEremainder(x, p));
            checksum = checksum * 31 + Double.doubleToRawLongBits(StrictMath.IEEEremainder(near, 0.7));
            checksum = checksum * 31 + Double.doubleToRawLongBits(StrictMath.IEEEremainder(p, near));
        }
        System.out.println("checksum " + Long.toHexString(checksum));
    }
}
