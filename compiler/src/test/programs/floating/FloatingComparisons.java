public class FloatingComparisons {
    static final double[] VALUES = {Double.NEGATIVE_INFINITY, -1.5, -0.0, 0.0, 1e-310, 2.0, Double.POSITIVE_INFINITY,
        Double.NaN};
    static final float[] FLOATS = {Float.NEGATIVE_INFINITY, -1.5f, -0.0f, 0.0f, 2.0f, Float.NaN};

    static String relations(double a, double b) {
        StringBuilder text = new StringBuilder();
        text.append(a < b ? '<' : '.').append(a <= b ? 'l' : '.').append(a > b ? '>' : '.');
        text.append(a >= b ? 'g' : '.').append(a == b ? '=' : '.').append(a != b ? '!' : '.');
        text.append(!(a < b) ? 'n' : '.').append(!(a >= b) ? 'N' : '.');
        return text.toString();
    }

    static int branches(float a, float b) {
        int mask = 0;
        if (a < b) mask |= 1;
        if (a <= b) mask |= 2;
        if (a > b) mask |= 4;
        if (a >= b) mask |= 8;
        if (a == b) mask |= 16;
        if (a != b) mask |= 32;
        if (a < b || a > b) mask |= 64;
        if (!(a == b)) mask |= 128;
        return mask;
    }

    static boolean between(double x, double low, double high) {
        return x >= low && x <= high;
    }

    public static void main(String[] args) {
        for (double a : VALUES) {
            StringBuilder line = new StringBuilder();
            for (double b : VALUES) {
                line.append(relations(a, b)).append(' ');
            }
            System.out.println(line.toString());
        }
        for (float a : FLOATS) {
            for (float b : FLOATS) {
                System.out.print(branches(a, b) + " ");
            }
            System.out.println();
        }
        for (double a : VALUES) {
            for (double b : VALUES) {
                System.out.print(Double.compare(a, b) + (a == b ? "e" : "") + " ");
            }
            System.out.println();
        }
        for (float a : FLOATS) {
            for (float b : FLOATS) {
                System.out.print(Float.compare(a, b) + " ");
            }
            System.out.println();
        }
        int inside = 0;
        for (int i = -20; i <= 20; i++) {
            if (between(i * 0.25, -1.0, 2.5)) {
                inside++;
            }
        }
        System.out.println("inside " + inside);
        double x = 10;
        int steps = 0;
        while (x > 1e-3) {
            x /= 3;
            steps++;
        }
        System.out.println("steps " + steps + " " + x);
        double nan = Double.NaN;
        System.out.println((nan > 0 ? "a" : "b") + (nan < 0 ? "c" : "d") + (nan == nan ? "e" : "f")
                + (Double.isNaN(nan) ? "g" : "h") + (Double.isInfinite(1 / 0.0) ? "i" : "j")
                + (Double.isFinite(Double.MAX_VALUE) ? "k" : "l") + (Float.isNaN(0f / 0f) ? "m" : "n"));
        double max = Double.NEGATIVE_INFINITY;
        for (double v : VALUES) {
            max = v > max ? v : max;
        }
        System.out.println("max " + max);
    }
}
