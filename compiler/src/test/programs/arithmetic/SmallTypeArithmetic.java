public class SmallTypeArithmetic {
    static byte addBytes(byte a, byte b) { return (byte) (a + b); }
    static short mulShorts(short a, short b) { return (short) (a * b); }
    static char nextChar(char c) { return ++c; }
    static int byteParameter(byte b) { return b * 2; }
    static byte returnsByte(int v) { return (byte) v; }
    static short returnsShort(long v) { return (short) v; }
    static char returnsChar(int v) { return (char) v; }
    static boolean returnsBoolean(int v) { return (v & 1) == 1; }

    public static void main(String[] args) {
        byte[] bs = {Byte.MIN_VALUE, -100, -1, 0, 1, 100, Byte.MAX_VALUE};
        for (byte a : bs) {
            StringBuilder sb = new StringBuilder();
            for (byte b : bs) {
                sb.append(addBytes(a, b)).append('/').append(a * b).append('/').append((byte) (a * b)).append(' ');
            }
            System.out.println("byte " + a + ": " + sb.toString() + " neg " + (byte) -a + " ~ " + (byte) ~a + " >>> " + (byte) (a >>> 1));
        }
        short[] ss = {Short.MIN_VALUE, -1000, -1, 0, 1, 1000, Short.MAX_VALUE};
        for (short a : ss) {
            StringBuilder sb = new StringBuilder();
            for (short b : ss) {
                sb.append(mulShorts(a, b)).append('/').append((short) (a + b)).append('/').append((short) (a / (b == 0 ? 1 : b))).append(' ');
            }
            System.out.println("short " + a + ": " + sb.toString());
        }
        char[] cs = {0, 1, 'A', 'z', 0x7FFF, 0x8000, 0xFFFE, 0xFFFF};
        for (char c : cs) {
            System.out.println("char " + (int) c + " next " + (int) nextChar(c) + " *2 " + c * 2 + " (char)*2 " + (int) (char) (c * 2)
                    + " -c " + (-c) + " (short) " + (short) c + " (byte) " + (byte) c + " /3 " + c / 3 + " %7 " + c % 7);
        }
        // Loops with small-type counters wrap.
        int iterations = 0;
        for (byte b = 100; b != -100; b++) iterations++;
        System.out.println("byte 100 -> -100 takes " + iterations + " increments");
        iterations = 0;
        for (short s = 32000; s != -32000; s += 7) {
            iterations++;
            if (iterations > 100000) break;
        }
        System.out.println("short loop iterations " + iterations);
        iterations = 0;
        char c = 65530;
        do {
            c++;
            iterations++;
        } while (c != 5);
        System.out.println("char wrap iterations " + iterations);
        // Parameters and returns of small types are properly narrowed and sign/zero extended.
        int acc = 0;
        for (int v = -300; v <= 300; v += 11) {
            acc = acc * 7 + byteParameter(returnsByte(v)) + returnsShort(v * 1000L) + returnsChar(v) + (returnsBoolean(v) ? 1 : 0);
        }
        System.out.println("acc " + acc);
        System.out.println("returnsByte(200) " + returnsByte(200) + " returnsShort(40000) " + returnsShort(40000)
                + " returnsChar(-1) " + (int) returnsChar(-1) + " returnsShort(Long.MIN+1) " + returnsShort(Long.MIN_VALUE + 1));
        // Mixed-type expression promotes to int (or long).
        byte b1 = -5;
        short s1 = 300;
        char c1 = 'd';
        long l1 = 10;
        int promoted = b1 * s1 + c1;
        long promotedLong = b1 * l1 + c1;
        System.out.println("promoted " + promoted + " " + promotedLong + " " + (b1 < c1) + " " + (s1 > c1) + " " + (c1 == 100));
        // Division and remainder on small types.
        for (byte d = -4; d <= 4; d += 2) {
            if (d == 0) continue;
            byte q = (byte) (Byte.MIN_VALUE / d);
            byte m = (byte) (Byte.MIN_VALUE % d);
            short sq = (short) (Short.MIN_VALUE / d);
            System.out.println("MIN_BYTE / " + d + " = " + q + " % " + m + " MIN_SHORT / " + d + " = " + sq);
        }
        byte minB = Byte.MIN_VALUE;
        minB /= -1;
        System.out.println("(byte)(MIN / -1) = " + minB);
        short minS = Short.MIN_VALUE;
        minS /= -1;
        System.out.println("(short)(MIN / -1) = " + minS);
        char ch = 'x';
        ch /= 2;
        System.out.println("'x' /= 2 -> " + ch + " (" + (int) ch + ")");
        ch %= 10;
        System.out.println("%= 10 -> " + (int) ch);
    }
}
