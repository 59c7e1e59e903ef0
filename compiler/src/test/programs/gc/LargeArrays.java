/** Large arrays (megabytes each) allocated, filled and dropped, a few kept; and a multi-dimensional one. */
public class LargeArrays {
    public static void main(String[] args) {
        long[][] kept = new long[8][];
        long sum = 0;
        for (int round = 0; round < 120; round++) {
            long[] big = new long[(1 << 18) + round]; // 2 MiB and a little more
            for (int i = 0; i < big.length; i += 97) {
                big[i] = (long) i * round;
            }
            for (int i = 0; i < big.length; i += 97) {
                sum += big[i];
            }
            if (round % 15 == 0) {
                kept[round / 15] = big;
            }
            int[][][] cube = new int[20][30][40];
            cube[round % 20][round % 30][round % 40] = round;
            sum += cube[round % 20][round % 30][round % 40];
        }
        long keptSum = 0;
        for (long[] array : kept) {
            keptSum += array.length + array[array.length - 1 - (array.length - 1) % 97];
        }
        System.out.println(sum + " " + keptSum);
    }
}
