/** Double.toString and Float.toString (the shortest-uniquely-identifying digits of JDK 17's algorithm) over tricky values. */
public class FloatingPointToString {
    public static void main(String[] args) {
        double[] doubles = {0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100, 1e7, 1.0e-3, 9.999999999999999e22, 1e23, 5e-324,
                1.7976931348623157e308, 2.2250738585072014e-308, 123.456, 1e15, 1e16, 12345678.9, 0.001, 1e-4,
                4.9e-324, 2.0e-7, 1.2345e-8, Math.PI * 1e10, -0.0, 3.0e10};
        for (double d : doubles) {
            System.out.println(d + " " + (float) d);
        }
        long seed = 7;
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double d = Double.longBitsToDouble(seed >>> 2);
            float f = Float.intBitsToFloat((int) (seed >>> 33));
            all.append(d).append(f);
        }
        System.out.println(all.length() + " " + all.toString().hashCode());
    }
}
