/** The library's String and StringBuilder are CharSequences and Comparables through interfaces. */
public class StringAsCharSequence {
    static int countVowels(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if ("aeiou".indexOf(text.charAt(i)) >= 0) n++;
        return n;
    }
    public static void main(String[] args) {
        CharSequence[] texts = {"education", new StringBuilder("rhythm and blues"), "queue"};
        for (CharSequence t : texts) System.out.println(t + ": " + countVowels(t) + " " + t.length() + " " + (t instanceof String));
        Object s = "abc";
        System.out.println((s instanceof Comparable) + " " + (s instanceof CharSequence) + " " + (s instanceof java.io.Serializable));
    }
}
