public class StringConcat {
    static String describe(String name, int i, long l, char c, boolean z, byte b, short s) {
        return name + ": i=" + i + " l=" + l + " c=" + c + " z=" + z + " b=" + b + " s=" + s;
    }

    public static void main(String[] args) {
        System.out.println("plain literal");
        System.out.println("escapes: tab[\t] quote[\"] backslash[\\] apostrophe['] unicode-escape[\u0041]");
        System.out.println("");
        System.out.println("after empty line");
        int[] ints = {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE};
        long[] longs = {Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE};
        char[] chars = {'a', 'Z', '0', ' ', '~', '\t'};
        for (int i : ints) System.out.println("int " + i + " " + (i - 1) + " " + -i);
        for (long l : longs) System.out.println("long " + l + " " + (l + 1) + " " + (l * 2));
        for (char c : chars) System.out.println("char [" + c + "] code " + (int) c + " next " + (char) (c + 1));
        System.out.println("booleans " + true + " " + false + " " + (1 < 2) + " " + (1 > 2));
        byte b = -128;
        short s = -32768;
        System.out.println("byte " + b + " short " + s + " byte max " + Byte.MAX_VALUE + " short max " + Short.MAX_VALUE);
        System.out.println(describe("all", 7, -7L, 'q', true, (byte) 100, (short) -300));
        // Null strings.
        String nothing = null;
        String something = "x";
        System.out.println("null var: " + nothing);
        System.out.println(nothing + " first");
        System.out.println(nothing + nothing);
        String n2 = nothing + something;
        System.out.println(n2 + " length " + n2.length());
        System.out.println(nothing);
        // Char concatenation vs char addition.
        char x = 'x', y = 'y';
        System.out.println(x + y);
        System.out.println("" + x + y);
        System.out.println(x + y + "");
        System.out.println(x + "" + y);
        System.out.println('a' + 'b' + "c" + 'd' + 'e');
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println("sum " + 1 + 2 + " vs " + (1 + 2));
        System.out.println("long+int " + (3L + 4) + " char+int " + ('a' + 1) + " char cast " + (char) ('a' + 1));
        // Concatenation in loops and with +=.
        String acc = "";
        for (int i = 0; i < 20; i++) {
            acc += i % 2 == 0 ? "e" + i : "o";
            acc += (char) ('A' + i);
        }
        System.out.println(acc + " (" + acc.length() + ")");
        String grow = "";
        for (long v = 1; v > 0 && v < Long.MAX_VALUE / 7; v *= 7) {
            grow = grow + v + ",";
        }
        System.out.println(grow);
        String boolChain = "";
        for (int i = 0; i < 8; i++) boolChain += (i & 3) == 1;
        System.out.println(boolChain);
        // Many operands in one expression.
        int a1 = 1, a2 = -2, a3 = 3;
        long l1 = 40000000000L;
        char c1 = '!';
        boolean z1 = false;
        String t1 = "T", t2 = null;
        System.out.println(a1 + "|" + a2 + "|" + a3 + "|" + l1 + "|" + c1 + "|" + z1 + "|" + t1 + "|" + t2 + "|" + a1 + a2
                + "|" + (a1 + a2) + "|" + c1 + c1 + "|" + (char) (c1 + c1) + "|" + l1 + a1);
        // Constant strings folded by javac and equal content computed at run time.
        final String folded = "con" + "cat" + 1 + 'c' + true;
        String built = "con";
        built = built + "cat" + 1 + 'c' + true;
        System.out.println(folded + " " + built + " equal " + folded.equals(built));
        // Strings containing digits of wrapped values.
        int wrap = Integer.MAX_VALUE;
        System.out.println("wrap " + (wrap + 1) + " " + (wrap * 2) + " " + (short) wrap + " " + (byte) wrap + " " + (long) wrap * 2);
        // Empty string operands.
        String e = "";
        System.out.println("[" + e + e + "]" + e.length() + (e + 5) + (5 + e));
        StringBuilder table = new StringBuilder();
        for (int row = 1; row <= 9; row++) {
            String line = "";
            for (int col = 1; col <= 9; col++) {
                int p = row * col;
                line += (p < 10 ? " " : "") + p + " ";
            }
            System.out.println(line);
        }
    }
}
