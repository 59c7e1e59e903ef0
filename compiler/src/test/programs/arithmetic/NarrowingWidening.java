public class NarrowingWidening {
    static final int[] INTS = {Integer.MIN_VALUE, -65537, -65536, -32769, -32768, -32767, -257, -256, -129, -128, -127,
        -1, 0, 1, 127, 128, 129, 255, 256, 32767, 32768, 65535, 65536, 65537, Integer.MAX_VALUE};
    static final long[] LONGS = {Long.MIN_VALUE, -4294967296L, -2147483649L, -2147483648L, -1L, 0L, 255L,
        2147483647L, 2147483648L, 4294967295L, 4294967296L, 0x123456789ABCDEFL, Long.MAX_VALUE};

    static byte toByte(int v) { return (byte) v; }
    static short toShort(int v) { return (short) v; }
    static char toChar(int v) { return (char) v; }
    static int widen(byte b) { return b; }
    static int widen(short s) { return s; }
    static int widen(char c) { return c; }
    static long widenL(int i) { return i; }

    public static void main(String[] args) {
        for (int v : INTS) {
            byte b = toByte(v);
            short s = toShort(v);
            char c = toChar(v);
            System.out.println(v + " -> byte " + b + " short " + s + " char " + (int) c + " long " + widenL(v)
                    + " | back " + widen(b) + " " + widen(s) + " " + widen(c)
                    + " | byte->char " + (int) (char) b + " short->byte " + (byte) s + " char->short " + (short) c
                    + " char->byte " + (byte) c);
        }
        for (long v : LONGS) {
            System.out.println(v + " -> int " + (int) v + " short " + (short) v + " byte " + (byte) v + " char " + (int) (char) v);
        }
        // Implicit narrowing in compound assignments.
        byte b = 100;
        b += 100; System.out.println("byte 100 += 100 -> " + b);
        b *= 3; System.out.println("byte *= 3 -> " + b);
        b -= 200; System.out.println("byte -= 200 -> " + b);
        b = 127; b++; System.out.println("byte 127++ -> " + b);
        b = -128; b--; System.out.println("byte -128-- -> " + b);
        short s = 32000;
        s += 1000; System.out.println("short 32000 += 1000 -> " + s);
        s = Short.MAX_VALUE; s++; System.out.println("short MAX++ -> " + s);
        s = Short.MIN_VALUE; s--; System.out.println("short MIN-- -> " + s);
        s = 300; s *= 300; System.out.println("short 300 *= 300 -> " + s);
        s /= 7; System.out.println("short /= 7 -> " + s);
        char c = 65535;
        c++; System.out.println("char 65535++ -> " + (int) c);
        c--; System.out.println("char 0-- -> " + (int) c);
        c = 'a'; c += 25; System.out.println("char 'a' += 25 -> " + c);
        c -= 32; System.out.println("char -= 32 -> " + c);
        c = 'Z'; c += 65536 + 1; System.out.println("char 'Z' += 65537 -> " + c);
        int i = 7;
        i += 3000000000L; System.out.println("int 7 += 3e9L -> " + i);
        // Arithmetic promotion: byte + byte is int.
        byte x = 120, y = 120;
        int sum = x + y;
        byte sumB = (byte) (x + y);
        System.out.println("120b + 120b = " + sum + " as byte " + sumB);
        char p = 'p', q = 'q';
        System.out.println("'p' + 'q' = " + (p + q) + ", (char)('p' + 1) = " + (char) (p + 1));
        short big = -1;
        System.out.println("(char) short -1 = " + (int) (char) big + ", (int)(char)(byte)-1 = " + (int) (char) (byte) -1);
        // Loop over all byte values through char and short.
        int checksum = 0;
        for (int k = -200; k <= 200; k++) {
            byte kb = (byte) k;
            char kc = (char) kb;
            short ks = (short) kc;
            checksum = checksum * 17 + kb + kc + ks;
        }
        System.out.println("checksum " + checksum);
        // Arrays narrowing on store.
        byte[] ba = new byte[4];
        short[] sa = new short[4];
        char[] ca = new char[4];
        for (int k = 0; k < 4; k++) {
            ba[k] = (byte) (k * 100);
            sa[k] = (short) (k * 20000);
            ca[k] = (char) (k * 30000 - 1);
            ba[k] += 50;
            sa[k] -= 1;
            ca[k]++;
        }
        for (int k = 0; k < 4; k++) {
            System.out.println("arr " + k + ": " + ba[k] + " " + sa[k] + " " + (int) ca[k]);
        }
    }
}
