/** Every printed double and float parses back to the same bits; integers round-trip through every radix. */
public class RoundTripParsing {
    public static void main(String[] args) {
        long seed = 99;
        int doubleFailures = 0;
        int floatFailures = 0;
        int intFailures = 0;
        for (int i = 0; i < 20_000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double d = Double.longBitsToDouble(seed);
            if (!Double.isNaN(d) && Double.doubleToRawLongBits(Double.parseDouble(Double.toString(d))) != Double.doubleToRawLongBits(d)) {
                doubleFailures++;
            }
            float f = Float.intBitsToFloat((int) (seed >>> 32));
            if (!Float.isNaN(f) && Float.floatToRawIntBits(Float.parseFloat(Float.toString(f))) != Float.floatToRawIntBits(f)) {
                floatFailures++;
            }
            int value = (int) seed;
            int radix = 2 + (int) ((seed >>> 40) % 35);
            if (Integer.parseInt(Integer.toString(value, radix), radix) != value) {
                intFailures++;
            }
        }
        System.out.println(doubleFailures + " " + floatFailures + " " + intFailures);
        System.out.println(Double.parseDouble("0x1.fffffffffffffp1023") + " " + Double.parseDouble("0x0.0000000000001p-1022")
                + " " + Float.parseFloat("0x1.fffffeP+127f") + " " + Double.parseDouble("1e-400") + " " + Double.parseDouble("-1e400"));
    }
}
