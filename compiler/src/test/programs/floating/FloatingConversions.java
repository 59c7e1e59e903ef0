public class FloatingConversions {
    static final double[] DOUBLES = {
        Double.NaN, Double.NEGATIVE_INFINITY, -1e300, -9.3e18, -9223372036854775808.0, -2147483649.0,
        -2147483648.5, -2147483648.0, -1.9, -1.5, -0.5, -0.0, 0.0, 0.49, 0.5, 0.99, 1.5, 2.5, 65535.9,
        2147483647.0, 2147483647.5, 2147483648.0, 4294967296.0, 9.2e18, 9223372036854775807.0, 1e19, 1e300,
        Double.POSITIVE_INFINITY, Double.MIN_VALUE, 3.4028235677973366E38, 3.4028236e38, 1e-46, 1.4e-45
    };
    static final long[] LONGS = {
        Long.MIN_VALUE, -9007199254740993L, -1L, 0L, 1L, 16777217L, 9007199254740993L, 9007199254740995L,
        (1L << 62) + 1, Long.MAX_VALUE
    };
    static final int[] INTS = {Integer.MIN_VALUE, -16777217, -1, 0, 7, 16777217, 16777219, Integer.MAX_VALUE};

    public static void main(String[] args) {
        for (double d : DOUBLES) {
            float f = (float) d;
            System.out.println(d + " i " + (int) d + " l " + (long) d + " f " + f + " fi " + (int) f
                    + " fl " + (long) f + " fd " + (double) f + " c " + (char) d + " s " + (short) d + " b " + (byte) d);
        }
        for (long l : LONGS) {
            System.out.println(l + " d " + (double) l + " f " + (float) l + " back " + (long) (double) l);
        }
        for (int i : INTS) {
            System.out.println(i + " d " + (double) i + " f " + (float) i + " back " + (int) (float) i);
        }
        int total = 0;
        for (int i = 0; i < 100; i++) {
            total += (int) (i * 0.7) + (int) (float) (i / 3.0);
        }
        System.out.println("total " + total);
        long longs = 0;
        for (int i = -50; i < 50; i++) {
            longs += (long) (i * 1e17);
        }
        System.out.println("longs " + longs);
        char c = 'Z';
        double fromChar = c;
        float fromShort = (short) -12345;
        System.out.println(fromChar + " " + fromShort + " " + (1 / 3f + 1 / 3.0));
    }
}
