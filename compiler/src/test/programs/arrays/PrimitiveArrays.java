public class PrimitiveArrays {
    static long sum(long[] a) {
        long s = 0;
        for (long v : a) s += v;
        return s;
    }

    static int sum(byte[] a) {
        int s = 0;
        for (byte v : a) s += v;
        return s;
    }

    static int sum(short[] a) {
        int s = 0;
        for (short v : a) s += v;
        return s;
    }

    static int sum(char[] a) {
        int s = 0;
        for (char v : a) s += v;
        return s;
    }

    static int countTrue(boolean[] a) {
        int n = 0;
        for (boolean v : a) if (v) n++;
        return n;
    }

    static char[] upper(char[] in) {
        char[] out = new char[in.length];
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            out[i] = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
        }
        return out;
    }

    public static void main(String[] args) {
        long[] longs = new long[5];
        byte[] bytes = new byte[5];
        short[] shorts = new short[5];
        char[] chars = new char[5];
        boolean[] bools = new boolean[5];
        System.out.println("defaults: " + longs[4] + " " + bytes[4] + " " + shorts[4] + " " + (int) chars[4] + " " + bools[4]);
        System.out.println("lengths: " + longs.length + bytes.length + shorts.length + chars.length + bools.length);

        long[] l = {Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE, 1L << 40};
        System.out.println("long sum " + sum(l));
        for (int i = 0; i < l.length; i++) {
            l[i] = l[i] * 3 + i;
            System.out.print(l[i] + " ");
        }
        System.out.println();

        byte[] b = new byte[300];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 7);
        }
        System.out.println("byte sum " + sum(b) + " b[37]=" + b[37] + " b[255]=" + b[255] + " b[299]=" + b[299]);
        b[0] = 127;
        b[0]++;
        b[1] = -128;
        b[1]--;
        b[2] += 300;
        System.out.println("byte wrap " + b[0] + " " + b[1] + " " + b[2]);

        short[] s = new short[70000 / 100];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (i * 100 - 35000);
        }
        System.out.println("short sum " + sum(s) + " first " + s[0] + " last " + s[s.length - 1] + " s[350] " + s[350]);
        s[5] = Short.MAX_VALUE;
        s[5] += 2;
        System.out.println("short wrap " + s[5]);

        char[] c = {'h', 'e', 'l', 'l', 'o', ',', ' ', 'w', 'o', 'r', 'l', 'd'};
        System.out.println(c);
        System.out.println(upper(c));
        System.out.print(c);
        System.out.println(" <- print(char[])");
        System.out.println("char sum " + sum(c));
        char[] alphabet = new char[26];
        for (int i = 0; i < 26; i++) {
            alphabet[i] = (char) ('a' + i);
        }
        System.out.println(alphabet);
        for (int i = 0; i < 26; i++) {
            alphabet[i] += 1;
            if (alphabet[i] > 'z') alphabet[i] = 'a';
        }
        System.out.println(alphabet);
        char[] cwrap = {'\uffff', 0};
        cwrap[0]++;
        cwrap[1]--;
        System.out.println("char wrap " + (int) cwrap[0] + " " + (int) cwrap[1]);

        boolean[] flags = new boolean[64];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = i % 3 == 0 || i % 5 == 0;
        }
        System.out.println("true count " + countTrue(flags));
        StringBuilder sb = new StringBuilder();
        for (boolean f : flags) {
            sb.append(f ? '1' : '0');
        }
        System.out.println(sb.toString());
        flags[0] = !flags[0];
        flags[1] |= true;
        flags[3] &= false;
        flags[5] ^= true;
        System.out.println("flags " + flags[0] + flags[1] + flags[3] + flags[5]);

        // Arrays returned from methods and stored in variables of the same type.
        char[] copy = upper("Mixed Case 123 xyz".toCharArray());
        System.out.println(copy);
        System.out.println("copy length " + copy.length + " third " + copy[2]);
        // Byte arrays as unsigned values.
        byte[] raw = {(byte) 0xFF, (byte) 0x80, 0x7F, 0x00, (byte) 0xC3};
        int word = 0;
        for (byte r : raw) {
            word = (word << 8) | (r & 0xFF);
            System.out.print((r & 0xFF) + "/" + r + " ");
        }
        System.out.println("word " + word);
    }
}
