/**
 * Division and remainder by constant powers of two truncate toward zero (JVMS 6.5 idiv, irem, ldiv,
 * lrem) for negative dividends and MIN_VALUE too: os2j compiles them to shifts, so every divisor
 * from 2 to 2^30 (INT) and 2^62 (LONG) is checked against the answer of a division by a variable.
 */
public class PowerOfTwoDivision {
    static int checksum;

    static void ints(int x) {
        int[] quotients = {x / 2, x / 4, x / 8, x / 16, x / 1024, x / 65536, x / (1 << 20), x / (1 << 30)};
        int[] remainders = {x % 2, x % 4, x % 8, x % 16, x % 1024, x % 65536, x % (1 << 20), x % (1 << 30)};
        int[] shifts = {1, 2, 3, 4, 10, 16, 20, 30};
        for (int i = 0; i < shifts.length; i++) {
            int divisor = 1 << shifts[i];
            if (quotients[i] != x / divisor || remainders[i] != x % divisor) {
                System.out.println("wrong: " + x + " by 2^" + shifts[i] + ": " + quotients[i] + " " + remainders[i]);
            }
            checksum = checksum * 31 + quotients[i] * 7 + remainders[i];
        }
        System.out.println(x + ": " + (x / 2) + " " + (x % 2) + " " + (x / 8) + " " + (x % 8) + " " + (x / (1 << 30)));
    }

    static void longs(long x) {
        long[] quotients = {x / 2, x / 8, x / 4096, x / (1L << 31), x / (1L << 32), x / (1L << 62)};
        long[] remainders = {x % 2, x % 8, x % 4096, x % (1L << 31), x % (1L << 32), x % (1L << 62)};
        int[] shifts = {1, 3, 12, 31, 32, 62};
        for (int i = 0; i < shifts.length; i++) {
            long divisor = 1L << shifts[i];
            if (quotients[i] != x / divisor || remainders[i] != x % divisor) {
                System.out.println("wrong: " + x + " by 2^" + shifts[i] + ": " + quotients[i] + " " + remainders[i]);
            }
            checksum = checksum * 31 + (int) (quotients[i] * 7 + remainders[i]);
        }
        System.out.println(x + ": " + (x / 2) + " " + (x % 2) + " " + (x / (1L << 32)) + " " + (x % (1L << 32)));
    }

    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 2, -2, 3, -3, 7, -7, 8, -8, 9, -9, 1023, -1023, 1024, -1025, 123456789,
            -123456789, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -65536, 65535};
        for (int x : ints) {
            ints(x);
        }
        long[] longs = {0, 1, -1, 2, -2, 4097, -4097, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1,
            Integer.MIN_VALUE, -(1L << 32), (1L << 32) - 1, -(1L << 32) - 1, -1234567890123456789L};
        for (long x : longs) {
            longs(x);
        }
        int compound = -1001;
        compound /= 4;
        compound %= 16;
        System.out.println("compound " + compound + " checksum " + checksum);
    }
}
