public class CharacterMethods {
    static char rot13(char c) {
        if (c >= 'a' && c <= 'z') return (char) ('a' + (c - 'a' + 13) % 26);
        if (c >= 'A' && c <= 'Z') return (char) ('A' + (c - 'A' + 13) % 26);
        return c;
    }

    public static void main(String[] args) {
        for (int row = 32; row < 128; row += 16) {
            StringBuilder chars = new StringBuilder();
            StringBuilder kinds = new StringBuilder();
            StringBuilder upper = new StringBuilder();
            for (int c = row; c < row + 16 && c < 127; c++) {
                char ch = (char) c;
                chars.append(ch);
                kinds.append(Character.isDigit(ch) ? 'D' : Character.isLetter(ch) ? 'L' : '.');
                upper.append(Character.toUpperCase(ch));
            }
            System.out.println(row + ": [" + chars.toString() + "] [" + kinds.toString() + "] [" + upper.toString() + "]");
        }
        int digits = 0, letters = 0, changed = 0;
        for (int c = 0; c < 128; c++) {
            char ch = (char) c;
            if (Character.isDigit(ch)) digits++;
            if (Character.isLetter(ch)) letters++;
            if (Character.toUpperCase(ch) != ch) changed++;
        }
        System.out.println("ASCII digits " + digits + " letters " + letters + " lower-case " + changed);
        // Character arithmetic.
        char c = 'A';
        c++;
        c += 2;
        System.out.println("A++ += 2 -> " + c + " code " + (int) c);
        int distance = 'z' - 'a';
        System.out.println("'z' - 'a' = " + distance + ", '0' + 5 = " + ('0' + 5) + " as char " + (char) ('0' + 5));
        for (char d = '0'; d <= '9'; d++) {
            System.out.print((d - '0') * (d - '0') + " ");
        }
        System.out.println();
        String message = "Hello, World! 123 The Quick Brown Fox.";
        StringBuilder r = new StringBuilder();
        StringBuilder u = new StringBuilder();
        int wordCount = 0;
        boolean inWord = false;
        int digitSum = 0;
        for (int i = 0; i < message.length(); i++) {
            char ch = message.charAt(i);
            r.append(rot13(ch));
            u.append(Character.toUpperCase(ch));
            if (Character.isLetter(ch)) {
                if (!inWord) wordCount++;
                inWord = true;
            } else {
                inWord = false;
            }
            if (Character.isDigit(ch)) digitSum += ch - '0';
        }
        System.out.println(r.toString());
        System.out.println(u.toString());
        System.out.println("words " + wordCount + " digit sum " + digitSum);
        // Parsing a number by hand with isDigit.
        String expr = "12+345-6+7890-11";
        int total = 0, current = 0, sign = 1;
        for (int i = 0; i < expr.length(); i++) {
            char ch = expr.charAt(i);
            if (Character.isDigit(ch)) {
                current = current * 10 + (ch - '0');
            } else {
                total += sign * current;
                current = 0;
                sign = ch == '-' ? -1 : 1;
            }
        }
        total += sign * current;
        System.out.println(expr + " = " + total);
        // Char comparisons and casting at the edges.
        char max = '\uffff';
        char min = '\u0000';
        System.out.println("max " + (int) max + " min " + (int) min + " max > min " + (max > min) + " (short) max " + (short) max);
        System.out.println("toUpperCase of digits and symbols: " + Character.toUpperCase('5') + Character.toUpperCase('#')
                + Character.toUpperCase('q') + Character.toUpperCase('Q'));
        char[] caesar = "attack at dawn".toCharArray();
        for (int shift = 1; shift <= 25; shift += 6) {
            char[] out = new char[caesar.length];
            for (int i = 0; i < caesar.length; i++) {
                char ch = caesar[i];
                out[i] = Character.isLetter(ch) ? Character.toUpperCase((char) ('a' + (ch - 'a' + shift) % 26)) : ch;
            }
            System.out.println("shift " + shift + ": " + new StringBuilder().append(out[0]).toString() + "..");
            System.out.println(out);
        }
    }
}
