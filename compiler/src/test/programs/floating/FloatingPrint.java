public class FloatingPrint {
    static long state = 0x2545F4914F6CDD1DL;

    static long next() {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return state;
    }

    public static void main(String[] args) {
        double[] doubles = {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 100.0, 1e7, 9999999.999, 1.0e-3, 0.001, 1.0E-4, 123456789.0,
            1e21, 1e22, 1e23, 2e23, 5e-324, 4.9e-324, Double.MAX_VALUE, Double.MIN_NORMAL, Math.PI, Math.E,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2.0 / 3, 1.0 / 3, 123.456e-300};
        for (double d : doubles) {
            System.out.println(d);
            System.out.print(d);
            System.out.print(' ');
            System.out.println(String.valueOf(d) + "|" + Double.toString(d) + "|" + new StringBuilder().append(d).toString());
        }
        float[] floats = {0.0f, -0.0f, 1.0f, 0.1f, 1.0e-3f, 1e7f, 1.0E10f, 3.4028235e38f, 1.4e-45f, 1.17549435E-38f,
            (float) Math.PI, Float.NaN, Float.NEGATIVE_INFINITY, 16777216f, 0.3f, 2f / 3};
        for (float f : floats) {
            System.out.println(f);
            System.out.print(f);
            System.out.println(" " + String.valueOf(f) + "|" + Float.toString(f) + "|" + new StringBuilder().append(f).toString());
        }
        for (int i = 0; i < 300; i++) {
            long bits = next();
            double d = Double.longBitsToDouble(bits);
            float f = Float.intBitsToFloat((int) (bits >>> 17));
            System.out.println(d + " " + f + " " + (d * 1e-300) + " " + (float) (i * 0.37));
        }
        double mixed = 3;
        System.out.println("mixed " + mixed + 'c' + 2.5f + 7L + true + -0.0f + (mixed / 0));
    }
}
