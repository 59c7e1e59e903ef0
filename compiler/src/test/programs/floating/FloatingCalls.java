public class FloatingCalls {
    static double total;
    static float scale = 1.5f;
    static final double RATE = 0.075;

    double weight;
    float bias;

    FloatingCalls(double weight, float bias) {
        this.weight = weight;
        this.bias = bias;
    }

    static double mix(int a, double b, long c, float d, double e, int f, float g, double h, double i, double j,
                      double k, double l, int m, float n, int o, int p, long q) {
        return a + b * 2 + c + d * 3 + e + f + g + h * 5 + i + j * 7 + k + l * 11 + m + n * 13 + o + p + q;
    }

    static double power(double base, int exponent) {
        return exponent == 0 ? 1 : base * power(base, exponent - 1);
    }

    static float scaled(float value) {
        return value * scale;
    }

    static double compound(double principal, int years) {
        double amount = principal;
        for (int year = 0; year < years; year++) {
            amount += amount * RATE;
            total += amount;
        }
        return amount;
    }

    public static void main(String[] args) {
        System.out.println(mix(1, 2.5, 3L, 4.25f, 5.5, 6, 7.75f, 8.5, 9.5, 10.5, 11.5, 12.5, 13, 14.5f, 15, 16, 17L));
        System.out.println(power(1.5, 10) + " " + power(-0.5, 7));
        System.out.println(scaled(2.5f) + " " + scaled(-1e38f));
        System.out.println(compound(1000, 30) + " total " + total);
        double[] values = new double[10];
        float[] floats = new float[10];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.sqrt(i) * (i % 2 == 0 ? 1 : -1);
            floats[i] = (float) values[i] / 3;
        }
        double sum = 0;
        float floatSum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
            floatSum += floats[i];
        }
        System.out.println(sum + " " + floatSum + " " + values[9] + " " + floats[3]);
        double[][] grid = new double[3][4];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                grid[r][c] = r * 0.5 + c * 0.25;
            }
        }
        System.out.println(grid[2][3] + " " + grid[1][1] + " " + new double[2][0].length);
        FloatingCalls neuron = new FloatingCalls(0.75, -0.5f);
        neuron.weight *= 2;
        neuron.bias -= 0.25f;
        System.out.println(neuron.weight + " " + neuron.bias + " " + (neuron.weight * 3 + neuron.bias));
        double live1 = 1.1, live2 = 2.2, live3 = 3.3, live4 = 4.4, live5 = 5.5, live6 = 6.6, live7 = 7.7, live8 = 8.8;
        double live9 = 9.9, live10 = 10.1, live11 = 11.11, live12 = 12.12, live13 = 13.13, live14 = 14.14;
        double live15 = 15.15, live16 = 16.16, live17 = 17.17;
        for (int i = 0; i < 3; i++) {
            live1 += live2 * live3 - live4;
            live5 += live6 / live7 + live8;
            live9 -= live10 * live11;
            live12 += live13 + live14 * power(live15, 2);
            live16 += live17;
        }
        System.out.println(live1 + " " + live5 + " " + live9 + " " + live12 + " " + live16);
        System.exit((int) (sum * 10) & 0x7f);
    }
}
