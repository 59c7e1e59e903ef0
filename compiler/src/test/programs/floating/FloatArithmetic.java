public class FloatArithmetic {
    static final float[] EDGES = {
        Float.NEGATIVE_INFINITY, -Float.MAX_VALUE, -1e30f, -123.456f, -1.0f, -0.5f, -Float.MIN_NORMAL,
        -Float.MIN_VALUE, -0.0f, 0.0f, Float.MIN_VALUE, 1e-40f, Float.MIN_NORMAL, 0.1f, 0.5f, 1.0f, 3.0f,
        16777217.0f, 1e30f, Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NaN
    };

    static int bits(float f) {
        return Float.floatToIntBits(f);
    }

    static float poly(float x) {
        return ((2.5f * x - 1.25f) * x + 0.125f) * x - 3f;
    }

    public static void main(String[] args) {
        long hash = 0;
        for (float a : EDGES) {
            for (float b : EDGES) {
                hash = hash * 31 + bits(a + b);
                hash = hash * 31 + bits(a - b);
                hash = hash * 31 + bits(a * b);
                hash = hash * 31 + bits(a / b);
            }
            System.out.println(a + " neg " + (-a) + " sq " + (a * a) + " inv " + (1 / a) + " poly " + poly(a));
        }
        System.out.println("hash " + hash);
        float sum = 0;
        for (int i = 1; i <= 1000; i++) {
            sum += 1.0f / i;
        }
        System.out.println("harmonic " + sum);
        float f = 1;
        for (int i = 0; i < 40; i++) {
            f = f * 1.5f - 0.25f;
        }
        System.out.println("growth " + f);
        float compound = 0.1f;
        compound += 0.2f;
        compound *= 3;
        compound /= 7;
        System.out.println("compound " + compound);
        System.out.println(Float.MAX_VALUE * 2 + " " + (Float.MIN_VALUE / 2) + " " + (-0.0f * 3));
        byte b = 7;
        short s = -300;
        char c = 'A';
        System.out.println(b * 0.5f + " " + s / 8f + " " + c * 1.5f + " " + (b + s + c) / 3.0f);
    }
}
