public class MathMethods {
    static final int[] I = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -100, -7, -1, 0, 1, 7, 100, Integer.MAX_VALUE};
    static final long[] L = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -10000000000L, -7L, -1L, 0L, 1L, 7L, 10000000000L, Long.MAX_VALUE};
    static final int[] DIVISORS = {Integer.MIN_VALUE, -7, -3, -1, 1, 3, 7, Integer.MAX_VALUE};

    public static void main(String[] args) {
        for (int v : I) {
            System.out.println("abs(" + v + ") = " + Math.abs(v) + " max(v,0) " + Math.max(v, 0) + " min(v,0) " + Math.min(v, 0)
                    + " max(v,-v) " + Math.max(v, -v) + " min(v,MAX) " + Math.min(v, Integer.MAX_VALUE));
        }
        for (long v : L) {
            System.out.println("abs(" + v + "L) = " + Math.abs(v) + " max " + Math.max(v, 0L) + " min " + Math.min(v, 0L)
                    + " max(v,MIN) " + Math.max(v, Long.MIN_VALUE));
        }
        for (int a : I) {
            StringBuilder sb = new StringBuilder();
            for (int d : DIVISORS) {
                sb.append(Math.floorDiv(a, d)).append('/').append(Math.floorMod(a, d)).append(' ');
            }
            System.out.println("floor " + a + ": " + sb.toString());
        }
        for (long a : L) {
            StringBuilder sb = new StringBuilder();
            for (int d : DIVISORS) {
                long ld = d;
                sb.append(Math.floorDiv(a, ld)).append('/').append(Math.floorMod(a, ld)).append(' ');
            }
            System.out.println("floor " + a + "L: " + sb.toString());
        }
        // floorMod versus % for a sweep of values.
        for (int a = -10; a <= 10; a++) {
            System.out.println(a + " % 4 = " + (a % 4) + ", floorMod = " + Math.floorMod(a, 4) + ", floorMod(a,-4) = "
                    + Math.floorMod(a, -4) + ", / 4 = " + (a / 4) + ", floorDiv = " + Math.floorDiv(a, 4));
        }
        // Clamping with min/max and distances with abs.
        int acc = 0;
        for (int v = -1000; v <= 1000; v += 37) {
            int clamped = Math.max(-100, Math.min(100, v));
            acc += clamped * 3 + Math.abs(v - 250);
        }
        System.out.println("acc " + acc);
        long maxSeen = Long.MIN_VALUE, minSeen = Long.MAX_VALUE;
        long x = 88172645463325252L;
        for (int i = 0; i < 1000; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            maxSeen = Math.max(maxSeen, x);
            minSeen = Math.min(minSeen, x);
        }
        System.out.println("xorshift max " + maxSeen + " min " + minSeen + " abs(min) " + Math.abs(minSeen));
        System.out.println("abs(MIN) is negative: " + (Math.abs(Integer.MIN_VALUE) < 0) + " " + (Math.abs(Long.MIN_VALUE) < 0));
        // Mixed int/long overloads chosen by the compiler.
        int i7 = 7;
        long l9 = 9;
        System.out.println("max(int,long) " + Math.max(i7, l9) + " min(char,int) " + Math.min('a', 50)
                + " abs(byte) " + Math.abs((byte) -128) + " abs(short) " + Math.abs((short) -32768));
    }
}
