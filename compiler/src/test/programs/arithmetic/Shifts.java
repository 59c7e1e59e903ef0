public class Shifts {
    static final int[] VALUES = {Integer.MIN_VALUE, -123456789, -256, -1, 0, 1, 0x55, 0x12345678, Integer.MAX_VALUE};
    static final long[] LVALUES = {Long.MIN_VALUE, -1234567890123456789L, -1L, 0L, 1L, 0xF0L, 0x123456789ABCDEFL, Long.MAX_VALUE};

    static int shl(int v, int n) { return v << n; }
    static int shr(int v, int n) { return v >> n; }
    static int ushr(int v, int n) { return v >>> n; }
    static long shl(long v, int n) { return v << n; }
    static long shr(long v, int n) { return v >> n; }
    static long ushr(long v, int n) { return v >>> n; }
    static long shlByLong(long v, long n) { return v << n; }

    public static void main(String[] args) {
        for (int v : VALUES) {
            System.out.println("int " + v + " = " + Integer.toHexString(v));
            for (int n = -66; n <= 66; n += 3) {
                System.out.println("  n=" + n + " << " + shl(v, n) + " >> " + shr(v, n) + " >>> " + ushr(v, n));
            }
        }
        for (long v : LVALUES) {
            System.out.println("long " + v + " = " + Long.toHexString(v));
            for (int n = -130; n <= 130; n += 7) {
                System.out.println("  n=" + n + " << " + shl(v, n) + " >> " + shr(v, n) + " >>> " + ushr(v, n));
            }
        }
        // Shift counts at the boundaries, computed and constant.
        int one = 1;
        System.out.println("1<<31=" + (one << 31) + " 1<<32=" + (one << 32) + " 1<<33=" + (one << 33) + " 1<<-1=" + (one << -1));
        System.out.println("const 1<<31=" + (1 << 31) + " 1<<32=" + (1 << 32) + " 1<<-1=" + (1 << -1));
        long lone = 1L;
        System.out.println("1L<<63=" + (lone << 63) + " 1L<<64=" + (lone << 64) + " 1L<<65=" + (lone << 65) + " 1L<<-1=" + (lone << -1));
        System.out.println("-1>>>0=" + (-1 >>> 0) + " -1>>>31=" + (-1 >>> 31) + " -1>>>32=" + (-1 >>> 32));
        System.out.println("-1L>>>63=" + (-1L >>> 63) + " -1L>>>64=" + (-1L >>> 64) + " -1L>>>32=" + (-1L >>> 32));
        System.out.println("shift by long count: " + shlByLong(3L, 65L) + " " + shlByLong(3L, 4294967297L));
        int viaLong = 5 << 33L;
        System.out.println("int << long count 33: " + viaLong);
        // byte/short/char are promoted before shifting.
        byte b = -16;
        short s = -32768;
        char c = '\uffff';
        System.out.println("byte -16 >>> 2 = " + (b >>> 2) + ", >> 2 = " + (b >> 2) + ", (byte)(b >>> 2) = " + (byte) (b >>> 2));
        System.out.println("short MIN >>> 4 = " + (s >>> 4) + ", (short)(s >>> 4) = " + (short) (s >>> 4));
        System.out.println("char FFFF >> 4 = " + (c >> 4) + ", << 20 = " + (c << 20));
        b >>>= 1;
        System.out.println("byte >>>= 1 -> " + b);
        s >>= 20;
        System.out.println("short >>= 20 -> " + s);
        c <<= 4;
        System.out.println("char <<= 4 -> " + (int) c);
        // Rotations by hand.
        int rot = 0x80000001;
        for (int k = 0; k < 36; k += 4) {
            int left = (rot << k) | (rot >>> -k);
            int right = (rot >>> k) | (rot << -k);
            System.out.println("rotate " + k + ": left " + Integer.toHexString(left) + " right " + Integer.toHexString(right));
        }
        long lrot = 0x8000000000000003L;
        for (int k = 0; k < 70; k += 9) {
            long left = (lrot << k) | (lrot >>> -k);
            System.out.println("lrotate " + k + ": " + Long.toHexString(left));
        }
        // Sign extension vs zero extension of shifted values.
        int acc = 0;
        for (int k = 0; k < 64; k++) {
            acc += (Integer.MIN_VALUE >> k) ^ (Integer.MIN_VALUE >>> k);
        }
        System.out.println("acc " + acc);
    }
}
