public class PseudoRandom {
    static long lcgState = 42L;
    static int xorState = 2463534242L > 0 ? (int) 2463534242L : 1;
    static long splitState = 0x9E3779B97F4A7C15L;

    static int lcgNext(int bits) {
        lcgState = (lcgState * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
        return (int) (lcgState >>> (48 - bits));
    }

    static int lcgBounded(int bound) {
        if ((bound & -bound) == bound) return (int) ((bound * (long) lcgNext(31)) >> 31);
        int bits, val;
        do {
            bits = lcgNext(31);
            val = bits % bound;
        } while (bits - val + (bound - 1) < 0);
        return val;
    }

    static int xorshift32() {
        int x = xorState;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        xorState = x;
        return x;
    }

    static long splitmix64() {
        long z = (splitState += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static int parkMiller(int seed) {
        long product = (long) seed * 48271L;
        return (int) (product % 2147483647L);
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) sb.append(lcgBounded(100)).append(' ');
        System.out.println("lcg bounded 100: " + sb.toString());
        sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append(lcgBounded(64)).append(' ').append(lcgBounded(1000000007)).append(' ');
        System.out.println("lcg bounded mixed: " + sb.toString());
        for (int i = 0; i < 10; i++) System.out.println("xorshift32 " + xorshift32() + " splitmix64 " + splitmix64());
        int seed = 1;
        for (int i = 0; i < 10; i++) {
            seed = parkMiller(seed);
            System.out.println("park-miller " + seed);
        }
        // Histograms and simple statistics.
        int[] hist = new int[10];
        long sum = 0;
        for (int i = 0; i < 100000; i++) {
            int v = lcgBounded(10);
            hist[v]++;
            sum += v;
        }
        sb = new StringBuilder();
        for (int h : hist) sb.append(h).append(' ');
        System.out.println("histogram " + sb.toString() + "sum " + sum);
        // Dice: distribution of the sum of two dice.
        int[] dice = new int[13];
        for (int i = 0; i < 36000; i++) dice[1 + Math.floorMod(xorshift32(), 6) + 1 + Math.floorMod(xorshift32(), 6)]++;
        for (int s = 2; s <= 12; s++) {
            StringBuilder bar = new StringBuilder();
            for (int k = 0; k < dice[s] / 200; k++) bar.append('*');
            System.out.println((s < 10 ? " " : "") + s + " " + dice[s] + " " + bar.toString());
        }
        // Fisher-Yates shuffle and check it is a permutation.
        int[] perm = new int[52];
        for (int i = 0; i < perm.length; i++) perm[i] = i;
        for (int i = perm.length - 1; i > 0; i--) {
            int j = (int) ((splitmix64() >>> 1) % (i + 1));
            int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
        }
        boolean[] seen = new boolean[52];
        boolean ok = true;
        sb = new StringBuilder();
        for (int v : perm) {
            if (seen[v]) ok = false;
            seen[v] = true;
            sb.append(v).append(' ');
        }
        System.out.println("shuffle " + sb.toString() + "permutation " + ok);
        // Monte Carlo estimate of pi * 10000 using integer arithmetic only.
        int inside = 0, trials = 200000;
        for (int i = 0; i < trials; i++) {
            long x = lcgNext(15), y = lcgNext(15);
            if (x * x + y * y < 32768L * 32768L) inside++;
        }
        System.out.println("pi*10000 ~ " + (4L * inside * 10000 / trials));
        System.out.println("final states " + lcgState + " " + xorState + " " + splitState);
    }
}
