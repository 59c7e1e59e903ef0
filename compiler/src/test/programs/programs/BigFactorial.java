public class BigFactorial {
    static final int BASE = 10000;

    // Little-endian digits in base 10000; returns the new length.
    static int multiply(int[] digits, int length, int factor) {
        int carry = 0;
        for (int i = 0; i < length; i++) {
            int product = digits[i] * factor + carry;
            digits[i] = product % BASE;
            carry = product / BASE;
        }
        while (carry > 0) {
            digits[length++] = carry % BASE;
            carry /= BASE;
        }
        return length;
    }

    static String toDecimal(int[] digits, int length) {
        StringBuilder sb = new StringBuilder();
        sb.append(digits[length - 1]);
        for (int i = length - 2; i >= 0; i--) {
            int d = digits[i];
            if (d < 1000) sb.append('0');
            if (d < 100) sb.append('0');
            if (d < 10) sb.append('0');
            sb.append(d);
        }
        return sb.toString();
    }

    static int digitSum(String s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) sum += s.charAt(i) - '0';
        return sum;
    }

    // Base-10 big addition on byte arrays (little endian).
    static int add(byte[] a, int la, byte[] b, int lb, byte[] out) {
        int n = Math.max(la, lb);
        int carry = 0;
        for (int i = 0; i < n; i++) {
            int s = (i < la ? a[i] : 0) + (i < lb ? b[i] : 0) + carry;
            out[i] = (byte) (s % 10);
            carry = s / 10;
        }
        if (carry > 0) out[n++] = (byte) carry;
        return n;
    }

    public static void main(String[] args) {
        int[] digits = new int[200];
        digits[0] = 1;
        int length = 1;
        for (int n = 1; n <= 150; n++) {
            length = multiply(digits, length, n);
            if (n <= 30 || n % 10 == 0) {
                String s = toDecimal(digits, length);
                System.out.println(n + "! = " + s + " (" + s.length() + " digits, digit sum " + digitSum(s) + ")");
            }
        }
        int zeros = 0;
        for (int i = 0; i < length && digits[i] == 0; i++) zeros += 4;
        System.out.println("150! limbs " + length + " trailing zero limbs give at least " + zeros + " zeros");
        // 2^1000.
        int[] pow = new int[100];
        pow[0] = 1;
        int plen = 1;
        for (int i = 0; i < 1000; i++) plen = multiply(pow, plen, 2);
        String p = toDecimal(pow, plen);
        System.out.println("2^1000 has " + p.length() + " digits, digit sum " + digitSum(p));
        System.out.println(p.substring(0, 50) + "..." + p.substring(p.length() - 20));
        // First Fibonacci number with 200 digits via byte-array addition.
        byte[] f1 = new byte[300], f2 = new byte[300], f3 = new byte[300];
        f1[0] = 1;
        f2[0] = 1;
        int l1 = 1, l2 = 1;
        int index = 2;
        while (l2 < 200) {
            int l3 = add(f1, l1, f2, l2, f3);
            byte[] t = f1; f1 = f2; f2 = f3; f3 = t;
            l1 = l2;
            l2 = l3;
            index++;
            if (index % 100 == 0) {
                StringBuilder sb = new StringBuilder();
                for (int i = l2 - 1; i >= 0; i--) sb.append((char) ('0' + f2[i]));
                System.out.println("F(" + index + ") = " + sb.toString());
            }
        }
        System.out.println("first Fibonacci number with 200 digits is F(" + index + ")");
        // Products of large factors within int limb arithmetic bounds.
        int[] big = new int[50];
        big[0] = 1;
        int blen = 1;
        for (int k = 0; k < 12; k++) blen = multiply(big, blen, 99999);
        System.out.println("99999^12 = " + toDecimal(big, blen));
    }
}
