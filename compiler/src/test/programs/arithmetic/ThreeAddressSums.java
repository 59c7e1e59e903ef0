/**
 * Sums and differences whose operands stay live afterwards, so the result lands in a third
 * register: they must wrap exactly as two's-complement INT and LONG arithmetic (JVMS 6.5 iadd,
 * isub, ladd, lsub), including at the extremes and with immediates at the 32-bit limits.
 */
public class ThreeAddressSums {
    static int mix(int a, int b) {
        int sum = a + b;
        int difference = a - b;
        int plusOne = a + 1;
        int minusOne = b - 1;
        int minusMin = a - Integer.MIN_VALUE;
        int plusMax = b + Integer.MAX_VALUE;
        return sum ^ (difference * 3) ^ (plusOne * 5) ^ (minusOne * 7) ^ (minusMin * 11) ^ (plusMax * 13)
                ^ a ^ b;
    }

    static long mixLong(long a, long b) {
        long sum = a + b;
        long difference = a - b;
        long plusSmall = a + 12345;
        long minusSmall = b - 2147483647L;
        long minusMin = a - Integer.MIN_VALUE;
        long plusBig = b + 0x1_0000_0000L;
        return sum ^ (difference * 3) ^ (plusSmall * 5) ^ (minusSmall * 7) ^ (minusMin * 11) ^ (plusBig * 13)
                ^ a ^ b;
    }

    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 7, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456789, -987654321};
        long[] longs = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE,
            0xFFFF_FFFFL, -0x1_0000_0000L};
        for (int a : ints) {
            for (int b : ints) {
                System.out.println(a + " " + b + " -> " + mix(a, b) + " " + (a + b) + " " + (a - b));
            }
        }
        for (long a : longs) {
            for (long b : longs) {
                System.out.println(a + " " + b + " -> " + mixLong(a, b) + " " + (a + b) + " " + (a - b));
            }
        }
        // An INT sum must leave the upper half of its register clear: widening shows it.
        int big = Integer.MAX_VALUE;
        long widened = big + 1;
        int negative = -5;
        long widenedNegative = negative + 2;
        System.out.println(widened + " " + widenedNegative + " " + ((long) (big + big) + 1L));
    }
}
