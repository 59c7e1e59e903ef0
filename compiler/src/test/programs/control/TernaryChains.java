public class TernaryChains {
    static String sign(long v) {
        return v < 0 ? "negative" : v == 0 ? "zero" : v < 10 ? "small" : v < 1000000 ? "medium" : "large";
    }

    static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : v > hi ? hi : v;
    }

    static int max3(int a, int b, int c) {
        return a > b ? (a > c ? a : c) : (b > c ? b : c);
    }

    static char grade(int score) {
        return score >= 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : score >= 60 ? 'D' : 'F';
    }

    public static void main(String[] args) {
        long[] values = {Long.MIN_VALUE, -5, -1, 0, 1, 9, 10, 999999, 1000000, Long.MAX_VALUE};
        for (long v : values) {
            System.out.println(v + " is " + sign(v));
        }
        for (int v = -20; v <= 20; v += 3) {
            System.out.println("clamp " + v + " -> " + clamp(v, -10, 10) + ", max3 " + max3(v, -v, v / 2)
                    + ", max3 " + max3(7, v, 3) + ", grade " + grade(v * 5));
        }
        for (int s = 0; s <= 100; s += 7) {
            System.out.print(grade(s));
        }
        System.out.println();
        // Ternary result types: char vs int constant stays char; char vs int variable is int.
        int zero = 0;
        for (int i = 0; i < 4; i++) {
            boolean even = i % 2 == 0;
            System.out.println("char-or-const: " + (even ? 'x' : 0) + "|" + (even ? 'y' : 'z')
                    + " char-or-var: " + (even ? 'x' : zero) + " long-or-int: " + (even ? 1L : i)
                    + " byte-or-short: " + (even ? (byte) -1 : (short) 300));
        }
        // Nested ternaries with side effects: only the chosen branch runs.
        int[] counter = new int[3];
        for (int i = 0; i < 30; i++) {
            int r = i % 3 == 0 ? counter[0]++ : i % 3 == 1 ? counter[1] += 2 : (counter[2] = counter[2] * 2 + 1);
            System.out.println("i=" + i + " r=" + r + " counters " + counter[0] + "," + counter[1] + "," + counter[2]);
        }
        // Ternary feeding arithmetic and comparisons.
        int acc = 0;
        for (int i = -50; i < 50; i++) {
            acc += (i < 0 ? -i : i) * (i % 2 == 0 ? 3 : -1) + (i > 10 && i < 20 ? 1000 : 0);
        }
        System.out.println("acc " + acc);
        String a = "alpha";
        String n = null;
        for (int i = 0; i < 3; i++) {
            String pick = i == 0 ? a : i == 1 ? n : "gamma";
            System.out.println("pick " + i + " = " + pick + " " + (pick == null ? "(null)" : "len " + pick.length()));
        }
        boolean flag = true;
        for (int i = 0; i < 6; i++) {
            flag = flag ? i % 2 == 0 : !flag;
            System.out.println("flag " + flag);
        }
    }
}
