public class LongArithmetic {
    static final long[] EDGES = {
        Long.MIN_VALUE, Long.MIN_VALUE + 1, -4294967297L, -4294967296L, -4294967295L,
        -2147483649L, -2147483648L, -2147483647L, -65536L, -1000L, -2L, -1L, 0L, 1L, 2L, 1000L,
        65535L, 2147483647L, 2147483648L, 4294967295L, 4294967296L, 1L << 62,
        Long.MAX_VALUE - 1, Long.MAX_VALUE
    };

    static long mix(long a, long b) {
        return a * 0x9E3779B97F4A7C15L + b;
    }

    public static void main(String[] args) {
        long checksum = 17;
        for (int i = 0; i < EDGES.length; i++) {
            long a = EDGES[i];
            System.out.println("a=" + a + " -a=" + (-a) + " a+1=" + (a + 1) + " a-1=" + (a - 1) + " a*a=" + (a * a));
            for (int j = 0; j < EDGES.length; j++) {
                long b = EDGES[j];
                long s = a + b;
                long d = a - b;
                long m = a * b;
                checksum = mix(checksum, s);
                checksum = mix(checksum, d);
                checksum = mix(checksum, m);
                if ((i * 7 + j) % 6 == 0) {
                    System.out.println("  " + a + " op " + b + ": + " + s + " - " + d + " * " + m);
                }
            }
        }
        System.out.println("checksum " + checksum);

        // int to long promotion and mixed arithmetic.
        int imax = Integer.MAX_VALUE;
        long widened = imax + 1L;
        long notWidened = imax + 1;
        System.out.println("MAX+1L=" + widened + " (MAX+1)=" + notWidened);
        long prod = (long) imax * imax;
        long prodWrapped = imax * imax;
        System.out.println("(long)MAX*MAX=" + prod + " MAX*MAX=" + prodWrapped);
        int imin = Integer.MIN_VALUE;
        System.out.println("-(long)MIN=" + (-(long) imin) + " (long)-MIN=" + (long) (-imin));

        long x = Long.MAX_VALUE;
        x++;
        System.out.println("MAX++ = " + x);
        x--;
        System.out.println("MIN-- = " + x);
        long y = 3;
        y += Integer.MAX_VALUE; System.out.println("y += MAX -> " + y);
        y *= y; System.out.println("y *= y -> " + y);
        y -= Long.MIN_VALUE; System.out.println("y -= MIN -> " + y);
        y /= -3; System.out.println("y /= -3 -> " + y);
        y %= 1000000007L; System.out.println("y %= 1e9+7 -> " + y);
        y <<= 40; System.out.println("y <<= 40 -> " + y);
        y >>= 20; System.out.println("y >>= 20 -> " + y);
        y >>>= 7; System.out.println("y >>>= 7 -> " + y);
        y ^= 0xDEADBEEFCAFEL; System.out.println("y ^= DEADBEEFCAFE -> " + y);
        int small = 7;
        small += 5000000000L;
        System.out.println("int += long 5e9 -> " + small);

        long pow = 1;
        for (int k = 0; k <= 70; k++) {
            System.out.println("3^" + k + " = " + pow);
            pow *= 3;
        }
        long f = 1;
        for (int k = 1; k <= 25; k++) {
            f *= k;
            System.out.println(k + "! (long) = " + f);
        }
        // Fibonacci until overflow and beyond.
        long a = 0, b = 1;
        for (int k = 0; k < 100; k++) {
            if (k % 4 == 0 || k > 88) {
                System.out.println("fib " + k + " = " + a);
            }
            long t = a + b;
            a = b;
            b = t;
        }
        // Long increments in loops with long counters.
        long sum = 0;
        for (long k = -5000000000L; k < -4999990000L; k += 7) {
            sum += k ^ (k >>> 3);
        }
        System.out.println("long loop sum = " + sum);
    }
}
