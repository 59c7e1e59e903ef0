public class Collatz {
    static int steps(long n) {
        int s = 0;
        while (n != 1) {
            n = (n & 1) == 0 ? n >> 1 : 3 * n + 1;
            s++;
        }
        return s;
    }

    static long peak(long n) {
        long max = n;
        while (n != 1) {
            n = n % 2 == 0 ? n / 2 : 3 * n + 1;
            if (n > max) max = n;
        }
        return max;
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 40; n++) {
            System.out.println("steps(" + n + ") = " + steps(n) + " peak " + peak(n));
        }
        int best = 1, bestSteps = 0;
        long bestPeak = 0, peakAt = 0;
        int[] histogram = new int[400];
        for (int n = 1; n <= 100000; n++) {
            int s = steps(n);
            histogram[s]++;
            if (s > bestSteps) {
                bestSteps = s;
                best = n;
                System.out.println("new record: " + n + " takes " + s + " steps");
            }
            long p = peak(n);
            if (p > bestPeak) {
                bestPeak = p;
                peakAt = n;
            }
        }
        System.out.println("longest below 100000: " + best + " with " + bestSteps + " steps");
        System.out.println("highest peak: " + bestPeak + " from " + peakAt);
        for (int s = 0; s < 400; s += 25) {
            System.out.println("histogram[" + s + "] = " + histogram[s]);
        }
        long[] bigStarts = {837799L, 63728127L, 4294967295L, 1L << 40, 9780657630L};
        for (long b : bigStarts) {
            System.out.println("steps(" + b + ") = " + steps(b) + " peak " + peak(b));
        }
        // Sequence of 27 in full.
        StringBuilder sb = new StringBuilder();
        long n = 27;
        int count = 0;
        while (n != 1) {
            sb.append(n).append(count % 20 == 19 ? "\n" : " ");
            n = n % 2 == 0 ? n / 2 : 3 * n + 1;
            count++;
        }
        sb.append(n);
        System.out.println(sb.toString());
        System.exit(bestSteps % 2 == 0 ? 3 : 4);
    }
}
