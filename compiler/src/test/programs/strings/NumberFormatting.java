public class NumberFormatting {
    static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String symbols = "M CMD CDC XCL XLX IXV IVI ";
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int i = 0; i < values.length; i++) {
            int len = i % 2 == 0 ? 1 : 2;
            String sym = symbols.substring(at, at + len);
            at += len + (len == 1 ? 1 : 0);
            while (n >= values[i]) {
                sb.append(sym);
                n -= values[i];
            }
        }
        return sb.toString();
    }

    static String padLeft(String s, int width, char pad) {
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < width; i++) sb.append(pad);
        return sb.append(s).toString();
    }

    static String withCommas(long v) {
        String digits = Long.toString(v);
        boolean neg = digits.charAt(0) == '-';
        if (neg) digits = digits.substring(1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) sb.append(',');
            sb.append(digits.charAt(i));
        }
        return (neg ? "-" : "") + sb.toString();
    }

    static String fixedPoint(long hundredths) {
        long abs = Math.abs(hundredths);
        long cents = abs % 100;
        return (hundredths < 0 ? "-" : "") + abs / 100 + "." + (cents < 10 ? "0" : "") + cents;
    }

    static String words(int n) {
        String ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen ";
        String tens = "- - twenty thirty forty fifty sixty seventy eighty ninety ";
        if (n < 0) return "minus " + words(-n);
        if (n < 20) return nth(ones, n);
        if (n < 100) return nth(tens, n / 10) + (n % 10 != 0 ? "-" + nth(ones, n % 10) : "");
        if (n < 1000) return nth(ones, n / 100) + " hundred" + (n % 100 != 0 ? " and " + words(n % 100) : "");
        if (n < 1000000) return words(n / 1000) + " thousand" + (n % 1000 != 0 ? " " + words(n % 1000) : "");
        return words(n / 1000000) + " million" + (n % 1000000 != 0 ? " " + words(n % 1000000) : "");
    }

    static String nth(String list, int index) {
        int start = 0;
        for (int i = 0; i < index; i++) start = list.substring(start).indexOf(" ") + start + 1;
        int end = list.substring(start).indexOf(" ") + start;
        return list.substring(start, end);
    }

    public static void main(String[] args) {
        int[] years = {1, 4, 9, 14, 40, 90, 400, 1666, 1984, 1999, 2024, 3999};
        for (int y : years) System.out.println(padLeft("" + y, 5, ' ') + " = " + roman(y));
        long[] amounts = {0, 7, -7, 999, 1000, -1000, 1234567, 1000000000L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long a : amounts) System.out.println(padLeft(withCommas(a), 27, '.') + " | " + fixedPoint(a));
        int[] numbers = {0, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 1001, 12345, 999999, 1000000, 2147483647, -15};
        for (int n : numbers) System.out.println(n + ": " + words(n));
        for (int i = 0; i <= 16; i++) {
            System.out.println(padLeft(Integer.toBinaryString(i), 8, '0') + " " + padLeft(Integer.toHexString(i * 4097), 6, '0')
                    + " " + padLeft("" + i * i * i, 6, ' '));
        }
    }
}
