public class ArrayBoundsNegative {
    static char[] buffer = new char[16];

    static void write(int index, char c) {
        buffer[index] = c;
    }

    public static void main(String[] args) {
        for (int i = 0; i < buffer.length; i++) {
            write(i, (char) ('a' + i));
        }
        System.out.println(buffer);
        long[] longs = new long[3];
        for (int i = 2; i >= 0; i--) {
            longs[i] = (long) i << 40;
            System.out.println("longs[" + i + "] = " + longs[i]);
        }
        int[][] grid = new int[2][2];
        System.out.println("grid ok " + grid[1][1]);
        for (int i = 3; i > -3; i--) {
            System.out.println("writing at " + (i - 2));
            write(i - 2, '*');
            System.out.println(buffer);
        }
        System.out.println("never printed");
    }
}
