public class BitwiseOps {
    static final int[] V = {Integer.MIN_VALUE, -65536, -255, -1, 0, 1, 0xFF, 0xAAAA5555, 0x0F0F0F0F, Integer.MAX_VALUE};
    static final long[] L = {Long.MIN_VALUE, -1L, 0L, 1L, 0xFFFFFFFFL, 0xAAAAAAAA55555555L, Long.MAX_VALUE};
    static int calls;

    static boolean t(String name) {
        calls++;
        System.out.println("  eval " + name + " -> true");
        return true;
    }

    static boolean f(String name) {
        calls++;
        System.out.println("  eval " + name + " -> false");
        return false;
    }

    public static void main(String[] args) {
        for (int a : V) {
            for (int b : V) {
                System.out.println(Integer.toHexString(a) + " " + Integer.toHexString(b) + " & " + Integer.toHexString(a & b)
                        + " | " + Integer.toHexString(a | b) + " ^ " + Integer.toHexString(a ^ b)
                        + " &~ " + Integer.toHexString(a & ~b) + " = " + (a & b) + "," + (a | b) + "," + (a ^ b));
            }
            System.out.println("~" + a + " = " + (~a) + "  a^a=" + (a ^ a) + " a|~a=" + (a | ~a) + " a&-a=" + (a & -a));
        }
        for (long a : L) {
            for (long b : L) {
                System.out.println(Long.toHexString(a) + " " + Long.toHexString(b) + " & " + (a & b)
                        + " | " + (a | b) + " ^ " + (a ^ b) + " ~ " + (~a));
            }
        }
        // Masks mixing int and long (sign extension of int to long before &).
        int neg = -2;
        long masked = neg & 0xFFFFFFFFL;
        System.out.println("-2 & 0xFFFFFFFFL = " + masked + ", -2 & 0xFFFFFFFF = " + (neg & 0xFFFFFFFF));
        byte by = (byte) 0x9C;
        System.out.println("byte 0x9C as int " + by + " & 0xFF " + (by & 0xFF) + " | 0 " + (by | 0));
        // Non-short-circuit boolean operators evaluate both sides.
        calls = 0;
        System.out.println("f & t = " + (f("a") & t("b")));
        System.out.println("t | f = " + (t("c") | f("d")));
        System.out.println("t ^ t = " + (t("e") ^ t("f")));
        System.out.println("f ^ t = " + (f("g") ^ t("h")));
        boolean acc = false;
        acc |= t("i");
        acc &= f("j");
        acc ^= t("k");
        System.out.println("acc " + acc + " calls " + calls);
        // Compound bitwise on all integral types.
        int i = 0x12345678;
        i &= 0xFFFF0000; i |= 0x00000ABC; i ^= 0x11111111;
        System.out.println("int compound " + Integer.toHexString(i));
        long l = 0x123456789L;
        l &= ~0xFFL; l |= 1L << 60; l ^= -1L;
        System.out.println("long compound " + Long.toHexString(l));
        short s = (short) 0x8001;
        s |= 0x7000; s ^= 0x0F0F;
        System.out.println("short compound " + s);
        char c = 'A';
        c |= 0x20; System.out.println("char |= 0x20 -> " + c);
        c &= 0xDF; System.out.println("char &= 0xDF -> " + c);
        c ^= 0x20; System.out.println("char ^= 0x20 -> " + c);
        byte b = 0x0F;
        b ^= 0xF0; System.out.println("byte ^= 0xF0 -> " + b);
        // Bit counting loop.
        int bits = 0xDEADBEEF;
        int count = 0;
        for (int k = bits; k != 0; k &= k - 1) {
            count++;
        }
        System.out.println("popcount(DEADBEEF) = " + count);
    }
}
