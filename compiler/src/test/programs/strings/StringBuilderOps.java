public class StringBuilderOps {
    static String reverseWords(String s) {
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (int i = s.length() - 1; i >= -1; i--) {
            char c = i >= 0 ? s.charAt(i) : ' ';
            if (c == ' ') {
                if (word.length() > 0) {
                    if (out.length() > 0) out.append(' ');
                    out.append(word.reverse().toString());
                    word = new StringBuilder();
                }
            } else {
                word.append(c);
            }
        }
        return out.toString();
    }

    static String toBase(long v, int base) {
        if (v == 0) return "0";
        StringBuilder sb = new StringBuilder();
        boolean neg = v < 0;
        while (v != 0) {
            int d = (int) (v % base);
            if (d < 0) d = -d;
            sb.append((char) (d < 10 ? '0' + d : 'a' + d - 10));
            v /= base;
        }
        if (neg) sb.append('-');
        return sb.reverse().toString();
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        System.out.println("empty length " + sb.length() + " [" + sb.toString() + "]");
        sb.append("abc").append('d').append(12).append(-34L).append(true).append(false);
        System.out.println(sb.toString() + " length " + sb.length());
        sb.append(Integer.MIN_VALUE).append(' ').append(Long.MIN_VALUE).append(' ').append(Integer.MAX_VALUE).append(' ').append(Long.MAX_VALUE);
        System.out.println(sb.toString());
        for (int i = 0; i < sb.length(); i += 5) {
            System.out.print(sb.charAt(i));
        }
        System.out.println();
        String nullString = null;
        StringBuilder withNull = new StringBuilder();
        withNull.append("before:").append(nullString).append(":after");
        System.out.println(withNull.toString() + " " + withNull.length());
        System.out.println(new StringBuilder().append("stressed").reverse().toString());
        System.out.println(new StringBuilder().append("racecar").reverse().toString());
        System.out.println(new StringBuilder().append("").reverse().toString() + "|");
        System.out.println(new StringBuilder().append('x').reverse().toString());
        StringBuilder twice = new StringBuilder().append("0123456789");
        twice.reverse();
        twice.reverse();
        System.out.println("twice reversed " + twice.toString());
        // Growing a builder well past any initial capacity.
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            big.append(i % 10);
            if (i % 100 == 99) big.append('\n');
        }
        System.out.println("big length " + big.length() + " char 4321 " + big.charAt(4321));
        String bigString = big.toString();
        int lines = 0;
        for (int i = 0; i < bigString.length(); i++) if (bigString.charAt(i) == '\n') lines++;
        System.out.println("lines " + lines);
        System.out.print(bigString.substring(0, 303));
        // Builders used as accumulators with every append type.
        StringBuilder mix = new StringBuilder();
        for (int i = -3; i <= 3; i++) {
            mix.append(i).append(',').append((long) i * 10000000000L).append(',').append(i > 0).append(',')
               .append((char) ('m' + i)).append(',').append("s" + i).append(';');
        }
        System.out.println(mix.toString());
        System.out.println(reverseWords("the quick  brown fox jumps over the lazy dog"));
        System.out.println(reverseWords("   "));
        System.out.println(reverseWords("single"));
        long[] vals = {0, 1, -1, 255, -256, 1000000007L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long v : vals) {
            System.out.println(v + " base2 " + toBase(v, 2) + " base7 " + toBase(v, 7) + " base16 " + toBase(v, 16)
                    + " base36 " + toBase(v, 36));
        }
        // Compare builders' contents through toString.
        StringBuilder s1 = new StringBuilder().append("ab").append(12);
        StringBuilder s2 = new StringBuilder().append('a').append("b1").append(2);
        System.out.println("same content " + s1.toString().equals(s2.toString()) + " same object " + (s1 == s2));
        // Palindromic numbers via reverse.
        int count = 0;
        StringBuilder pal = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            String f = "" + i;
            String r = new StringBuilder().append(i).reverse().toString();
            if (f.equals(r)) {
                count++;
                if (i > 1800) pal.append(i).append(' ');
            }
        }
        System.out.println("palindromes below 2000: " + count + " last: " + pal.toString());
    }
}
