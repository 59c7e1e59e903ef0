public class IntegerLongUtils {
    static final int[] INTS = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -65536, -256, -255, -2, -1, 0, 1, 2, 3, 7, 8, 10,
        255, 256, 1000, 65535, 65536, 0x12345678, 0x40000000, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
    static final long[] LONGS = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -4294967296L, -2147483649L, -1L, 0L, 1L, 2L, 255L,
        2147483647L, 2147483648L, 4294967295L, 4294967296L, 0x123456789ABCDEF0L, 1L << 62, Long.MAX_VALUE - 1, Long.MAX_VALUE};

    public static void main(String[] args) {
        System.out.println("Integer.MIN_VALUE " + Integer.MIN_VALUE + " MAX_VALUE " + Integer.MAX_VALUE);
        System.out.println("Long.MIN_VALUE " + Long.MIN_VALUE + " MAX_VALUE " + Long.MAX_VALUE);
        for (int v : INTS) {
            System.out.println("int " + Integer.toString(v) + " hex " + Integer.toHexString(v) + " bin " + Integer.toBinaryString(v));
            System.out.println("  bitCount " + Integer.bitCount(v) + " nlz " + Integer.numberOfLeadingZeros(v)
                    + " ntz " + Integer.numberOfTrailingZeros(v) + " reverse " + Integer.reverse(v)
                    + " highestOneBit " + Integer.highestOneBit(v)
                    + " parse(toString) " + Integer.parseInt(Integer.toString(v)));
        }
        for (long v : LONGS) {
            System.out.println("long " + Long.toString(v) + " hex " + Long.toHexString(v) + " bin " + Long.toBinaryString(v));
            System.out.println("  bitCount " + Long.bitCount(v) + " nlz " + Long.numberOfLeadingZeros(v)
                    + " ntz " + Long.numberOfTrailingZeros(v) + " reverse " + Long.reverse(v)
                    + " highestOneBit " + Long.highestOneBit(v)
                    + " parse(toString) " + Long.parseLong(Long.toString(v)));
        }
        String inputs = "0 -0 +5 -5 007 2147483647 -2147483648 123456789 -99999 +2147483647 1";
        int start = 0;
        long sum = 0;
        for (int i = 0; i <= inputs.length(); i++) {
            if (i == inputs.length() || inputs.charAt(i) == ' ') {
                String token = inputs.substring(start, i);
                int parsed = Integer.parseInt(token);
                sum += parsed;
                System.out.println("parseInt(\"" + token + "\") = " + parsed);
                start = i + 1;
            }
        }
        System.out.println("sum " + sum + " args " + args.length);
        String longInputs = "9223372036854775807,-9223372036854775808,+42,-0,00000000001,4294967296";
        start = 0;
        for (int i = 0; i <= longInputs.length(); i++) {
            if (i == longInputs.length() || longInputs.charAt(i) == ',') {
                String token = longInputs.substring(start, i);
                System.out.println("parseLong(\"" + token + "\") = " + Long.parseLong(token));
                start = i + 1;
            }
        }
        // Cross-check the library against hand-written versions across many values.
        int mismatches = 0;
        int x = 1;
        for (int k = 0; k < 5000; k++) {
            x = x * 1664525 + 1013904223;
            int v = x >> (k % 31);
            int pop = 0;
            for (int t = v; t != 0; t &= t - 1) pop++;
            if (pop != Integer.bitCount(v)) mismatches++;
            int nlz = 0;
            for (int bit = 31; bit >= 0 && (v >>> bit & 1) == 0; bit--) nlz++;
            if (nlz != Integer.numberOfLeadingZeros(v)) mismatches++;
            int rev = 0;
            for (int bit = 0; bit < 32; bit++) rev = (rev << 1) | ((v >>> bit) & 1);
            if (rev != Integer.reverse(v)) mismatches++;
            if (Integer.parseInt(Integer.toString(v)) != v) mismatches++;
            long lv = ((long) x << 29) ^ v;
            if (Long.parseLong(Long.toString(lv)) != lv) mismatches++;
            if (Long.bitCount(lv) != Integer.bitCount((int) lv) + Integer.bitCount((int) (lv >>> 32))) mismatches++;
        }
        System.out.println("mismatches " + mismatches);
        // Hex and binary of small ranges.
        StringBuilder sb = new StringBuilder();
        for (int v = -20; v <= 20; v += 3) {
            sb.append(Integer.toHexString(v)).append('/').append(Integer.toBinaryString(v & 0xFF)).append(' ');
        }
        System.out.println(sb.toString());
        for (int shift = 0; shift < 64; shift += 9) {
            long v = 1L << shift;
            System.out.println("1L<<" + shift + " hex " + Long.toHexString(v) + " hob " + Long.highestOneBit(v - 1 + v)
                    + " ntz " + Long.numberOfTrailingZeros(v) + " nlz " + Long.numberOfLeadingZeros(v));
        }
    }
}
