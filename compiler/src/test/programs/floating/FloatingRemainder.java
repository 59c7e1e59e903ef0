public class FloatingRemainder {
    static final double[] VALUES = {Double.NEGATIVE_INFINITY, -1e300, -7.5, -3.0, -1.0, -0.0, 0.0, 1e-320, 0.3,
        1.0, 2.5, 3.0, 7.5, 1e17, 1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN};

    public static void main(String[] args) {
        for (double a : VALUES) {
            StringBuilder line = new StringBuilder();
            for (double b : VALUES) {
                line.append(a % b).append(' ');
            }
            System.out.println(line.toString());
        }
        float[] floats = {-7.5f, -0.0f, 0.0f, 0.3f, 2.5f, 1e30f, Float.POSITIVE_INFINITY, Float.NaN};
        for (float a : floats) {
            for (float b : floats) {
                System.out.print(a % b + " ");
            }
            System.out.println();
        }
        double angle = 1000.0;
        System.out.println(angle % (2 * Math.PI) + " " + (-angle % 360) + " " + (1e300 % 3.0) + " " + (5.0 % -3.0));
        double sum = 0;
        for (int i = 1; i < 200; i++) {
            sum += (i * 1.37) % (i % 7 + 0.5);
        }
        System.out.println("sum " + sum);
    }
}
