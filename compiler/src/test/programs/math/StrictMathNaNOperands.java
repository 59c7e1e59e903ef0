/** Which NaN the two-argument StrictMath natives return when given NaNs with different payloads and signs (HotSpot's C fdlibm's operand order). */
public class StrictMathNaNOperands {
    public static void main(String[] args) {
        double[] values = {Double.NaN, Double.longBitsToDouble(0x7ff8000000000123L), Double.longBitsToDouble(0xfff8000000000456L),
                Double.longBitsToDouble(0x7ff0000000000789L), 1.0, -0.0, Double.POSITIVE_INFINITY};
        for (double x : values) {
            for (double y : values) {
                if (!Double.isNaN(x) && !Double.isNaN(y)) {
                    continue;
                }
                System.out.println(bits(x) + ", " + bits(y) + ": IEEEremainder " + bits(StrictMath.IEEEremainder(x, y))
                        + ", atan2 " + bits(StrictMath.atan2(x, y)));
            }
        }
        for (double x : values) {
            System.out.println(bits(x) + ": sin " + bits(StrictMath.sin(x)) + ", log " + bits(StrictMath.log(x)) + ", tanh "
                    + bits(StrictMath.tanh(x)) + ", expm1 " + bits(StrictMath.expm1(x)) + ", cosh " + bits(StrictMath.cosh(x)));
        }
    }

    private static String bits(double value) {
        return Long.toHexString(Double.doubleToRawLongBits(value));
    }
}
