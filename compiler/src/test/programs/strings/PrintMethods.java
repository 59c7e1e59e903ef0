public class PrintMethods {
    public static void main(String[] args) {
        int[] ints = {Integer.MIN_VALUE, -1000000000, -65536, -10, -9, -1, 0, 1, 9, 10, 99, 100, 65535, 1000000000, Integer.MAX_VALUE};
        for (int v : ints) {
            System.out.println(v);
        }
        long[] longs = {Long.MIN_VALUE, -1000000000000000000L, -4294967296L, -2147483649L, -10L, -1L, 0L, 1L, 9L, 10L,
            2147483648L, 4294967296L, 999999999999999999L, 1000000000000000000L, Long.MAX_VALUE};
        for (long v : longs) {
            System.out.println(v);
        }
        for (int p = 0; p < 64; p += 3) {
            System.out.println(1L << p);
            System.out.println(-(1L << p) - 1);
        }
        for (int p = 0; p < 32; p += 2) {
            System.out.println(1 << p);
        }
        for (char c = ' '; c <= '~'; c += 5) {
            System.out.println(c);
        }
        System.out.println('\t');
        System.out.println(true);
        System.out.println(false);
        boolean flag = false;
        for (int i = 0; i < 5; i++) {
            flag = !flag;
            System.out.println(flag);
        }
        // print without newline for every type, then one println().
        System.out.print(42);
        System.out.print(' ');
        System.out.print(-42L);
        System.out.print(' ');
        System.out.print(true);
        System.out.print(' ');
        System.out.print(false);
        System.out.print(' ');
        System.out.print('c');
        System.out.print(' ');
        System.out.print("str");
        System.out.print(' ');
        System.out.print(new char[] {'a', 'r', 'r'});
        System.out.println();
        System.out.println();
        System.out.println(new char[0]);
        System.out.print(new char[0]);
        System.out.println(new char[] {'x'});
        byte b = -128;
        short s = 32767;
        System.out.println(b);
        System.out.println(s);
        System.out.println((char) 65);
        System.out.println(65 + 1);
        System.out.println('A' + 1);
        System.out.println((char) ('A' + 1));
        System.out.println(1L + Integer.MAX_VALUE);
        String str = "string";
        String nul = null;
        System.out.println(str);
        System.out.println(nul);
        System.out.print(nul);
        System.out.println();
        System.out.println("");
        // A long line built by repeated print calls.
        for (int i = 0; i < 500; i++) {
            System.out.print(i % 10);
        }
        System.out.println();
        for (long v = 1; v < 1000000000000000000L && v > 0; v *= 10) {
            System.out.print(v);
            System.out.print(',');
            System.out.print(-v);
            System.out.print(';');
        }
        System.out.println();
    }
}
