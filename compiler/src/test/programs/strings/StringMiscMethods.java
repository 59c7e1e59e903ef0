import java.util.Arrays;

/** The rest of String's everyday API: chars(), toCharArray, getChars, contentEquals, indent-free trimming, lines, and hashes. */
public class StringMiscMethods {
    public static void main(String[] args) {
        String text = "  Hello\tWorld  ";
        System.out.println("[" + text.trim() + "] " + text.trim().length() + " " + text.isEmpty() + " " + text.isBlank());
        char[] buffer = new char[5];
        "abcdefgh".getChars(2, 7, buffer, 0);
        System.out.println(new String(buffer) + " " + Arrays.toString("hey".toCharArray()));
        System.out.println("abc".contentEquals(new StringBuilder("abc")) + " " + "abc".contentEquals("abd")
                + " " + "A".equals(null) + " " + "".hashCode() + " " + "polygenelubricants".hashCode());
        System.out.println("one\ntwo\r\nthree".lines().count() + " " + "x".compareTo("xy") + " " + "b".compareTo("a"));
        System.out.println("Mississippi".replace("ss", "SS") + " " + "aaa".replace("a", "") + " " + "abc".replace("", "-"));
        System.out.println(String.join(",", new String[0]) + "|" + "tom".endsWith("m") + " " + "%d%%".formatted(5)
                + " " + "abc".indexOf('c', -5) + " " + "abc".indexOf('a', 10));
        StringBuilder codes = new StringBuilder();
        "héllo".chars().forEach(ch -> codes.append(ch).append(' '));
        System.out.println(codes.toString().trim());
        System.out.println("ǅungla".toUpperCase() + " " + "ΣΙΣΥΦΟΣ".toLowerCase() + " " + "I".toLowerCase() + " " + "ı".toUpperCase());
    }
}
