/** The wrappers' constants and conversions: MIN/MAX, SIZE, BYTES, xxxValue narrowing, Float/Double bits and specials. */
public class WrapperConstantsAndConversions {
    public static void main(String[] args) {
        System.out.println(Byte.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Short.MIN_VALUE + " " + Short.MAX_VALUE + " "
                + (int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE + " " + Integer.SIZE + " " + Long.BYTES);
        System.out.println(Float.MIN_VALUE + " " + Float.MAX_VALUE + " " + Float.MIN_NORMAL + " " + Double.MIN_VALUE
                + " " + Double.MAX_EXPONENT + " " + Double.MIN_EXPONENT + " " + Float.NaN + " " + Double.NEGATIVE_INFINITY);
        Integer big = 300;
        Double d = -2.75;
        System.out.println(big.byteValue() + " " + big.shortValue() + " " + big.longValue() + " " + big.doubleValue()
                + " " + d.intValue() + " " + d.longValue() + " " + d.floatValue());
        System.out.println(Float.floatToIntBits(Float.NaN) + " " + Integer.toHexString(Float.floatToIntBits(-0.0f))
                + " " + Long.toHexString(Double.doubleToLongBits(1.0)) + " " + Double.isNaN(0.0 / 0.0)
                + " " + Double.isInfinite(1 / 0.0) + " " + Double.isFinite(1e308) + " " + Float.isFinite(Float.MAX_VALUE * 2));
        System.out.println(Math.abs(Integer.MIN_VALUE) + " " + Math.floorMod(-7, 3) + " " + Math.floorDiv(-7, 3) + " "
                + Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.rint(2.5) + " " + Math.ceil(-0.5) + " "
                + Math.signum(-3.0) + " " + Math.hypot(3, 4) + " " + Math.cbrt(27) + " " + Math.pow(2, 10) + " " + StrictMath.exp(1));
        System.out.println(Character.isDigit('7') + " " + Character.isLetterOrDigit('_') + " " + Character.isWhitespace('\t')
                + " " + Character.isJavaIdentifierStart('$') + " " + Character.getType('A') + " " + Character.reverseBytes('a'));
    }
}
