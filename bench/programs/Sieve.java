/** Sieve of Eratosthenes, repeated: integer loops, boolean array stores and bounds checks. */
public class Sieve {
    public static void main(String[] args) {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 20_000_000;
        int rounds = 5;
        int count = 0;
        for (int round = 0; round < rounds; round++) {
            boolean[] composite = new boolean[limit + 1];
            count = 0;
            for (int i = 2; i <= limit; i++) {
                if (!composite[i]) {
                    count++;
                    for (long j = (long) i * i; j <= limit; j += i) {
                        composite[(int) j] = true;
                    }
                }
            }
        }
        System.out.println(count);
    }
}
