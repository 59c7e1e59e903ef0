public class TextProcessing {
    static final String TEXT = "Call me Ishmael. Some years ago - never mind how long precisely - having little or no money "
            + "in my purse, and nothing particular to interest me on shore, I thought I would sail about a little and see "
            + "the watery part of the world. It is a way I have of driving off the spleen and regulating the circulation.";

    static String runLength(String s) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i;
            while (j < s.length() && s.charAt(j) == c) j++;
            sb.append(j - i).append(c);
            i = j;
        }
        return sb.toString();
    }

    static String decodeRunLength(String s) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                count = count * 10 + (c - '0');
            } else {
                for (int k = 0; k < count; k++) sb.append(c);
                count = 0;
            }
        }
        return sb.toString();
    }

    static boolean isAnagram(String a, String b) {
        int[] counts = new int[128];
        for (int i = 0; i < a.length(); i++) counts[a.charAt(i)]++;
        for (int i = 0; i < b.length(); i++) counts[b.charAt(i)]--;
        for (int c : counts) if (c != 0) return false;
        return true;
    }

    public static void main(String[] args) {
        System.out.println("length " + TEXT.length());
        // Letter frequencies.
        int[] freq = new int[26];
        for (int i = 0; i < TEXT.length(); i++) {
            char c = Character.toUpperCase(TEXT.charAt(i));
            if (c >= 'A' && c <= 'Z') freq[c - 'A']++;
        }
        for (int i = 0; i < 26; i++) {
            if (freq[i] == 0) continue;
            StringBuilder bar = new StringBuilder();
            for (int k = 0; k < freq[i]; k++) bar.append('#');
            System.out.println((char) ('A' + i) + " " + freq[i] + " " + bar.toString());
        }
        // Words: count, longest, and word lengths histogram.
        int words = 0, longestLength = 0;
        String longest = "";
        int[] lengths = new int[20];
        int start = -1;
        for (int i = 0; i <= TEXT.length(); i++) {
            boolean letter = i < TEXT.length() && Character.isLetter(TEXT.charAt(i));
            if (letter && start < 0) start = i;
            if (!letter && start >= 0) {
                String w = TEXT.substring(start, i);
                words++;
                lengths[w.length()]++;
                if (w.length() > longestLength) {
                    longestLength = w.length();
                    longest = w;
                }
                start = -1;
            }
        }
        System.out.println("words " + words + " longest " + longest);
        for (int l = 1; l < lengths.length; l++) if (lengths[l] > 0) System.out.println("  length " + l + ": " + lengths[l]);
        // Sentences.
        int sentence = 0;
        int from = 0;
        while (from < TEXT.length()) {
            int dot = TEXT.substring(from).indexOf(".");
            if (dot < 0) break;
            String s = TEXT.substring(from, from + dot + 1);
            while (s.length() > 0 && s.charAt(0) == ' ') s = s.substring(1);
            System.out.println("sentence " + ++sentence + ": " + s);
            from += dot + 1;
        }
        // Word wrap at 40 columns.
        StringBuilder line = new StringBuilder();
        int wordStart = 0;
        for (int i = 0; i <= TEXT.length(); i++) {
            if (i == TEXT.length() || TEXT.charAt(i) == ' ') {
                String w = TEXT.substring(wordStart, i);
                if (line.length() + w.length() + 1 > 40) {
                    System.out.println("|" + line.toString() + "|");
                    line = new StringBuilder();
                }
                if (line.length() > 0) line.append(' ');
                line.append(w);
                wordStart = i + 1;
            }
        }
        System.out.println("|" + line.toString() + "|");
        // Run-length encoding round trip.
        String raw = "aaaabbbcccd....eeeeeeeeeeeeffffffffffffffffffffffg";
        String encoded = runLength(raw);
        System.out.println(encoded + " -> " + decodeRunLength(encoded) + " round trip " + decodeRunLength(encoded).equals(raw));
        System.out.println(runLength(TEXT.substring(0, 30)));
        // Anagrams.
        System.out.println("listen/silent " + isAnagram("listen", "silent") + " apple/paple " + isAnagram("apple", "paple")
                + " abc/abd " + isAnagram("abc", "abd") + " empty " + isAnagram("", ""));
        // Reverse each word in place in a char array.
        char[] chars = TEXT.substring(0, 60).toCharArray();
        int ws = 0;
        for (int i = 0; i <= chars.length; i++) {
            if (i == chars.length || chars[i] == ' ') {
                for (int a = ws, b = i - 1; a < b; a++, b--) {
                    char t = chars[a]; chars[a] = chars[b]; chars[b] = t;
                }
                ws = i + 1;
            }
        }
        System.out.println(chars);
    }
}
