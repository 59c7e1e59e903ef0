public class Comparisons {
    static final int[] I = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -2, -1, 0, 1, 2, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
    static final long[] L = {Long.MIN_VALUE, -4294967296L, -2147483649L, -1L, 0L, 1L, 2147483648L, 4294967296L, Long.MAX_VALUE};

    static String flags(int a, int b) {
        return "" + (a < b ? 'T' : 'F') + (a <= b ? 'T' : 'F') + (a > b ? 'T' : 'F') + (a >= b ? 'T' : 'F')
                + (a == b ? 'T' : 'F') + (a != b ? 'T' : 'F');
    }

    static String flags(long a, long b) {
        return "" + (a < b ? 'T' : 'F') + (a <= b ? 'T' : 'F') + (a > b ? 'T' : 'F') + (a >= b ? 'T' : 'F')
                + (a == b ? 'T' : 'F') + (a != b ? 'T' : 'F');
    }

    static int branchy(int a, int b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a <= b) r |= 2;
        if (a > b) r |= 4;
        if (a >= b) r |= 8;
        if (a == b) r |= 16;
        if (a != b) r |= 32;
        if (a < 0) r |= 64;
        if (a <= 0) r |= 128;
        if (a > 0) r |= 256;
        if (a >= 0) r |= 512;
        if (a == 0) r |= 1024;
        if (a != 0) r |= 2048;
        return r;
    }

    static int branchyLong(long a, long b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a <= b) r |= 2;
        if (a > b) r |= 4;
        if (a >= b) r |= 8;
        if (a == b) r |= 16;
        if (a != b) r |= 32;
        if (a < 0L) r |= 64;
        if (a == 0L) r |= 128;
        return r;
    }

    public static void main(String[] args) {
        for (int a : I) {
            StringBuilder sb = new StringBuilder();
            for (int b : I) {
                sb.append(flags(a, b)).append(' ').append(branchy(a, b)).append(' ');
            }
            System.out.println(a + ": " + sb.toString());
        }
        for (long a : L) {
            StringBuilder sb = new StringBuilder();
            for (long b : L) {
                sb.append(flags(a, b)).append(' ').append(branchyLong(a, b)).append(' ');
            }
            System.out.println(a + ": " + sb.toString());
        }
        // Mixed int/long comparisons (int is widened).
        int im = Integer.MIN_VALUE;
        long lm = Integer.MIN_VALUE;
        System.out.println("int MIN == long MIN: " + (im == lm) + ", MIN-1L < MIN: " + (im - 1L < im) + ", MIN-1 < MIN: " + (im - 1 < im));
        // char, byte, short comparisons.
        char c1 = 'a', c2 = '\uffff';
        byte b1 = -1, b2 = 127;
        short s1 = -32768, s2 = 32767;
        System.out.println("'a' < FFFF: " + (c1 < c2) + ", (byte)-1 < 127: " + (b1 < b2) + ", short MIN < MAX: " + (s1 < s2));
        System.out.println("char FFFF > byte -1: " + (c2 > b1) + ", (char)(byte)-1 == 65535: " + ((char) b1 == 65535));
        // boolean equality.
        boolean t = true, f = false;
        System.out.println("t==f " + (t == f) + " t!=f " + (t != f) + " f==f " + (f == f) + " !t==f " + (!t == f));
        // Sorting network style min/max via comparisons, across a range.
        int ties = 0, less = 0, greater = 0;
        for (int a = -300; a <= 300; a += 7) {
            for (long b = -300; b <= 300; b += 11) {
                if (a < b) less++;
                else if (a > b) greater++;
                else ties++;
            }
        }
        System.out.println("less " + less + " greater " + greater + " ties " + ties);
        // Unsigned comparison idiom via MIN_VALUE flip.
        for (int a : I) {
            StringBuilder sb = new StringBuilder();
            for (int b : I) {
                sb.append((a ^ Integer.MIN_VALUE) < (b ^ Integer.MIN_VALUE) ? '<' : '=').append(a == b ? '!' : '.');
            }
            System.out.println("unsigned " + a + " " + sb.toString());
        }
        for (long a : L) {
            StringBuilder sb = new StringBuilder();
            for (long b : L) {
                sb.append((a + Long.MIN_VALUE) < (b + Long.MIN_VALUE) ? '<' : '-');
            }
            System.out.println("unsigned long " + a + " " + sb.toString());
        }
    }
}
