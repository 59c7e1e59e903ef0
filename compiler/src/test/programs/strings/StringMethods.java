public class StringMethods {
    static int count(String text, String needle) {
        int n = 0;
        String rest = text;
        int at;
        while (!needle.isEmpty() && (at = rest.indexOf(needle)) >= 0) {
            n++;
            rest = rest.substring(at + needle.length());
        }
        return n;
    }

    static boolean isPalindrome(String s) {
        for (int i = 0, j = s.length() - 1; i < j; i++, j--) {
            if (s.charAt(i) != s.charAt(j)) return false;
        }
        return true;
    }

    static int sign(int v) {
        return v < 0 ? -1 : v > 0 ? 1 : 0;
    }

    public static void main(String[] args) {
        String text = "It was the best of times, it was the worst of times, it was the age of wisdom";
        System.out.println("length " + text.length() + " isEmpty " + text.isEmpty() + " empty.isEmpty " + "".isEmpty());
        for (int i = 0; i < text.length(); i += 7) {
            System.out.print(text.charAt(i));
        }
        System.out.println();
        System.out.println("indexOf was " + text.indexOf("was") + ", of " + text.indexOf("of") + ", zzz " + text.indexOf("zzz")
                + ", empty " + text.indexOf("") + ", char ',' " + text.indexOf(',') + ", char 'q' " + text.indexOf('q'));
        System.out.println("count 'was' " + count(text, "was") + ", 'it' " + count(text, "it") + ", 'times' " + count(text, "times")
                + ", 'e' " + count(text, "e"));
        System.out.println("substring(7) [" + text.substring(7) + "]");
        System.out.println("substring(7, 15) [" + text.substring(7, 15) + "]");
        System.out.println("substring(0, 0) [" + text.substring(0, 0) + "] substring(len) [" + text.substring(text.length()) + "]");
        // Splitting on commas by hand.
        String rest = text;
        int part = 0;
        while (true) {
            int comma = rest.indexOf(", ");
            String piece = comma < 0 ? rest : rest.substring(0, comma);
            System.out.println("part " + part++ + ": [" + piece + "] length " + piece.length());
            if (comma < 0) break;
            rest = rest.substring(comma + 2);
        }
        // equals, including null and different lengths.
        String a = "hello";
        String b = "hel" + "lo";
        String c = new StringBuilder().append("hel").append("lo").toString();
        String d = "Hello";
        System.out.println("equals: " + a.equals(b) + " " + a.equals(c) + " " + a.equals(d) + " " + a.equals(null) + " "
                + a.equals("hell") + " " + "".equals(""));
        // compareTo over a list of words.
        String words = "apple Apple banana band ban b  zebra apple apples 10 9 ~ A";
        int start = 0;
        String previous = null;
        for (int i = 0; i <= words.length(); i++) {
            if (i == words.length() || words.charAt(i) == ' ') {
                String w = words.substring(start, i);
                if (previous != null) {
                    System.out.println("compare [" + previous + "] [" + w + "] = " + sign(previous.compareTo(w))
                            + " raw " + previous.compareTo(w) + " reverse " + w.compareTo(previous));
                }
                previous = w;
                start = i + 1;
            }
        }
        // toCharArray and manipulation.
        char[] chars = text.toCharArray();
        int vowels = 0, spaces = 0, upper = 0;
        for (char ch : chars) {
            switch (ch) {
                case 'a': case 'e': case 'i': case 'o': case 'u': vowels++; break;
                case ' ': spaces++; break;
                default: if (ch >= 'A' && ch <= 'Z') upper++;
            }
        }
        System.out.println("vowels " + vowels + " spaces " + spaces + " upper " + upper + " chars " + chars.length);
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z' && (i == 0 || chars[i - 1] == ' ')) {
                chars[i] = (char) (chars[i] - 32);
            }
        }
        System.out.println(chars);
        String pals = "level,rotor,java,noon,a,,abca,abba,os2j";
        int from = 0;
        while (from <= pals.length()) {
            int comma = pals.substring(from).indexOf(",");
            int end = comma < 0 ? pals.length() : from + comma;
            String w = pals.substring(from, end);
            System.out.println("[" + w + "] palindrome " + isPalindrome(w) + " empty " + w.isEmpty());
            from = end + 1;
        }
        System.out.println("args " + args.length);
    }
}
