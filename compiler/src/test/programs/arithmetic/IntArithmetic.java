public class IntArithmetic {
    static final int[] EDGES = {
        Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -65536, -65535, -32769, -32768, -256, -129, -128, -127,
        -7, -3, -2, -1, 0, 1, 2, 3, 7, 127, 128, 255, 256, 32767, 32768, 65535, 65536,
        1 << 30, Integer.MAX_VALUE - 1, Integer.MAX_VALUE
    };

    static int add(int a, int b) { return a + b; }
    static int sub(int a, int b) { return a - b; }
    static int mul(int a, int b) { return a * b; }
    static int neg(int a) { return -a; }

    public static void main(String[] args) {
        int checksum = 0;
        for (int i = 0; i < EDGES.length; i++) {
            int a = EDGES[i];
            System.out.println("a=" + a + " -a=" + neg(a) + " a+1=" + (a + 1) + " a-1=" + (a - 1)
                    + " a*a=" + (a * a) + " a*2=" + (a * 2) + " a*-1=" + (a * -1) + " ~a+1=" + (~a + 1));
            for (int j = 0; j < EDGES.length; j++) {
                int b = EDGES[j];
                int s = add(a, b);
                int d = sub(a, b);
                int m = mul(a, b);
                checksum = checksum * 31 + s;
                checksum = checksum * 31 + d;
                checksum = checksum * 31 + m;
                if ((i + j) % 5 == 0) {
                    System.out.println("  " + a + " + " + b + " = " + s + ", - = " + d + ", * = " + m);
                }
            }
        }
        System.out.println("checksum " + checksum);

        // Compound assignments and increments.
        int x = Integer.MAX_VALUE;
        x++;
        System.out.println("MAX++ -> " + x);
        x--;
        System.out.println("MIN-- -> " + x);
        int y = 10;
        y += 5; System.out.println("y += 5 -> " + y);
        y -= 20; System.out.println("y -= 20 -> " + y);
        y *= -7; System.out.println("y *= -7 -> " + y);
        y /= 4; System.out.println("y /= 4 -> " + y);
        y %= 3; System.out.println("y %= 3 -> " + y);
        y <<= 29; System.out.println("y <<= 29 -> " + y);
        y >>= 3; System.out.println("y >>= 3 -> " + y);
        y >>>= 1; System.out.println("y >>>= 1 -> " + y);
        y |= 0x0F0F; System.out.println("y |= 0x0F0F -> " + y);
        y &= 0xFF00FF; System.out.println("y &= 0xFF00FF -> " + y);
        y ^= -1; System.out.println("y ^= -1 -> " + y);
        int p = 5;
        int q = p++ + ++p;
        System.out.println("p++ + ++p: p=" + p + " q=" + q);
        q = p-- - --p;
        System.out.println("p-- - --p: p=" + p + " q=" + q);
        int r = 0;
        for (int k = 0; k < 100; k++) {
            r += k * k * k - 3 * k + 1;
            r ^= r << 7;
        }
        System.out.println("loop r=" + r);

        // Multiplication overflow table: powers of 3 wrap around.
        int pow = 1;
        for (int k = 0; k <= 40; k++) {
            System.out.println("3^" + k + " = " + pow);
            pow *= 3;
        }
        // Factorials overflow.
        int f = 1;
        for (int k = 1; k <= 20; k++) {
            f *= k;
            System.out.println(k + "! (int) = " + f);
        }
        // Negation edge.
        int min = Integer.MIN_VALUE;
        System.out.println("-MIN = " + (-min) + ", MIN - 1 = " + (min - 1) + ", MAX + MAX = "
                + (Integer.MAX_VALUE + Integer.MAX_VALUE) + ", MIN + MIN = " + (min + min));
        System.out.println("MIN * -1 = " + (min * -1) + ", MAX * MAX = " + (Integer.MAX_VALUE * Integer.MAX_VALUE));
        // Constant-folded vs computed must agree.
        int big = 46341;
        System.out.println("46341^2 = " + (big * big) + " folded " + (46341 * 46341));
    }
}
