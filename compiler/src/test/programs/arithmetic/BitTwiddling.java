public class BitTwiddling {
    static boolean isPowerOfTwo(int v) { return v > 0 && (v & (v - 1)) == 0; }

    static int nextPowerOfTwo(int v) {
        v--;
        v |= v >> 1; v |= v >> 2; v |= v >> 4; v |= v >> 8; v |= v >> 16;
        return v + 1;
    }

    static int popcount(int v) {
        v = v - ((v >>> 1) & 0x55555555);
        v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
        v = (v + (v >>> 4)) & 0x0F0F0F0F;
        return (v * 0x01010101) >>> 24;
    }

    static int reverseBits(int v) {
        v = ((v >>> 1) & 0x55555555) | ((v & 0x55555555) << 1);
        v = ((v >>> 2) & 0x33333333) | ((v & 0x33333333) << 2);
        v = ((v >>> 4) & 0x0F0F0F0F) | ((v & 0x0F0F0F0F) << 4);
        v = ((v >>> 8) & 0x00FF00FF) | ((v & 0x00FF00FF) << 8);
        return (v >>> 16) | (v << 16);
    }

    static int gray(int v) { return v ^ (v >>> 1); }

    static int fromGray(int g) {
        int v = g;
        for (int shift = 1; shift < 32; shift <<= 1) v ^= v >>> shift;
        return v;
    }

    static int absBranchless(int v) {
        int mask = v >> 31;
        return (v + mask) ^ mask;
    }

    static int signOf(int v) { return (v >> 31) | (-v >>> 31); }

    static int minBranchless(int a, int b) { return b ^ ((a ^ b) & -(a < b ? 1 : 0)); }

    static boolean parity(long v) {
        v ^= v >>> 32; v ^= v >>> 16; v ^= v >>> 8; v ^= v >>> 4; v ^= v >>> 2; v ^= v >>> 1;
        return (v & 1) != 0;
    }

    static int log2(int v) { return 31 - Integer.numberOfLeadingZeros(v); }

    static long interleave(int x, int y) {
        long z = 0;
        for (int i = 0; i < 32; i++) {
            z |= ((long) ((x >>> i) & 1) << (2 * i)) | ((long) ((y >>> i) & 1) << (2 * i + 1));
        }
        return z;
    }

    static int nextSameBitCount(int v) {
        int t = v | (v - 1);
        return (t + 1) | (((~t & -~t) - 1) >>> (Integer.numberOfTrailingZeros(v) + 1));
    }

    public static void main(String[] args) {
        int[] vals = {Integer.MIN_VALUE, -1000, -1, 0, 1, 2, 3, 5, 64, 100, 1023, 1024, 65535, 1 << 30, Integer.MAX_VALUE};
        for (int v : vals) {
            System.out.println(v + ": pow2 " + isPowerOfTwo(v) + " next " + nextPowerOfTwo(v) + " pop " + popcount(v)
                    + "/" + Integer.bitCount(v) + " rev " + reverseBits(v) + "/" + Integer.reverse(v)
                    + " gray " + gray(v) + " ungray " + fromGray(gray(v)) + " abs " + absBranchless(v) + " sign " + signOf(v)
                    + " min(v,7) " + minBranchless(v, 7) + " lowest " + (v & -v) + " clearLowest " + (v & (v - 1))
                    + " parity " + parity(v));
        }
        for (int v = 1; v > 0; v = v * 3 + 1) {
            System.out.println("log2(" + v + ") = " + log2(v) + " hob " + Integer.highestOneBit(v));
        }
        // Swap without a temporary.
        int a = 12345, b = -678;
        a ^= b; b ^= a; a ^= b;
        System.out.println("swapped " + a + " " + b);
        long la = Long.MIN_VALUE, lb = 99;
        la += lb; lb = la - lb; la -= lb;
        System.out.println("swapped long " + la + " " + lb);
        // Morton codes.
        for (int x = 0; x < 4; x++) {
            StringBuilder sb = new StringBuilder();
            for (int y = 0; y < 4; y++) sb.append(interleave(x, y)).append(' ');
            System.out.println("morton row " + x + ": " + sb.toString());
        }
        System.out.println("morton max " + interleave(-1, 0) + " " + interleave(0, -1) + " " + interleave(-1, -1));
        // Enumerate 5-bit subsets of 8 bits in order (Gosper's hack).
        StringBuilder subsets = new StringBuilder();
        int count = 0;
        for (int s = 0x1F; s < 256; s = nextSameBitCount(s)) {
            if (count < 20) subsets.append(Integer.toBinaryString(s)).append(' ');
            count++;
        }
        System.out.println("subsets " + count + ": " + subsets.toString());
        // Bit-parallel counting over a range, compared with library.
        int bad = 0;
        long weight = 0;
        for (int v = -100000; v <= 100000; v += 7) {
            if (popcount(v) != Integer.bitCount(v)) bad++;
            if (reverseBits(v) != Integer.reverse(v)) bad++;
            if (fromGray(gray(v)) != v) bad++;
            weight += popcount(v) * (long) signOf(v);
        }
        System.out.println("bad " + bad + " weight " + weight);
        // Bit sets in a long array.
        long[] bits = new long[4];
        for (int i = 0; i < 256; i += 3) bits[i >>> 6] |= 1L << i;
        for (int i = 0; i < 256; i += 5) bits[i >> 6] ^= 1L << (i & 63);
        for (long w : bits) System.out.println(Long.toBinaryString(w) + " " + Long.bitCount(w));
        int set = 0;
        for (int i = 0; i < 256; i++) if ((bits[i / 64] >>> (i % 64) & 1L) != 0) set++;
        System.out.println("set bits " + set);
    }
}
