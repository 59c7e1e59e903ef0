public class Sieve {
    static boolean[] sieve(int n) {
        boolean[] composite = new boolean[n + 1];
        composite[0] = true;
        if (n >= 1) composite[1] = true;
        for (int i = 2; (long) i * i <= n; i++) {
            if (!composite[i]) {
                for (int j = i * i; j <= n; j += i) {
                    composite[j] = true;
                }
            }
        }
        return composite;
    }

    static int[] segmentCounts(boolean[] composite, int segment) {
        int[] counts = new int[(composite.length + segment - 1) / segment];
        for (int i = 0; i < composite.length; i++) {
            if (!composite[i]) counts[i / segment]++;
        }
        return counts;
    }

    public static void main(String[] args) {
        int n = 200000;
        boolean[] composite = sieve(n);
        StringBuilder line = new StringBuilder();
        int printed = 0;
        for (int i = 0; i < 1000; i++) {
            if (!composite[i]) {
                line.append(i).append(' ');
                if (++printed % 20 == 0) {
                    System.out.println(line.toString());
                    line = new StringBuilder();
                }
            }
        }
        System.out.println(line.toString());
        int count = 0, twins = 0, last = -1, maxGap = 0, gapAt = 0;
        long sum = 0;
        for (int i = 2; i <= n; i++) {
            if (!composite[i]) {
                count++;
                sum += i;
                if (last > 0) {
                    if (i - last == 2) twins++;
                    if (i - last > maxGap) {
                        maxGap = i - last;
                        gapAt = last;
                    }
                }
                last = i;
            }
        }
        System.out.println("primes <= " + n + ": " + count + ", sum " + sum + ", twins " + twins + ", largest " + last
                + ", max gap " + maxGap + " after " + gapAt);
        int[] counts = segmentCounts(composite, 10000);
        for (int i = 0; i < counts.length; i++) {
            System.out.println("[" + i * 10000 + ", " + (i + 1) * 10000 + "): " + counts[i]);
        }
        // pi(x) at powers of ten and small edge sieves.
        for (int limit = 1; limit <= n; limit *= 10) {
            int c = 0;
            for (int i = 0; i <= limit; i++) if (!composite[i]) c++;
            System.out.println("pi(" + limit + ") = " + c);
        }
        for (int m = 0; m <= 3; m++) {
            boolean[] small = sieve(m);
            int c = 0;
            for (boolean b : small) if (!b) c++;
            System.out.println("sieve(" + m + ") primes " + c);
        }
        // Goldbach partitions for some even numbers.
        for (int e = 4; e <= 100; e += 8) {
            int ways = 0;
            int first = -1;
            for (int p = 2; p <= e / 2; p++) {
                if (!composite[p] && !composite[e - p]) {
                    if (first < 0) first = p;
                    ways++;
                }
            }
            System.out.println(e + " = " + first + " + " + (e - first) + " (" + ways + " ways)");
        }
    }
}
