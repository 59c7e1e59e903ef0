/** compareTo, indexOf and lastIndexOf (chars and strings, from an index), regionMatches, startsWith, endsWith. */
public class StringSearchAndCompare {
    public static void main(String[] args) {
        String text = "the quick brown fox jumps over the lazy dog";
        System.out.println(text.indexOf('o') + " " + text.indexOf('o', 13) + " " + text.lastIndexOf('o') + " "
                + text.lastIndexOf('o', 40) + " " + text.indexOf("the") + " " + text.indexOf("the", 1) + " "
                + text.lastIndexOf("the") + " " + text.indexOf("cat") + " " + text.indexOf("") + " " + text.lastIndexOf(""));
        System.out.println(text.startsWith("the") + " " + text.startsWith("quick", 4) + " " + text.endsWith("dog")
                + " " + text.regionMatches(4, "QUICK", 0, 5) + " " + text.regionMatches(true, 4, "QUICK", 0, 5));
        String[] pairs = {"apple", "apricot", "b", "a", "", "a", "abc", "abcd", "Zebra", "apple", "é", "z"};
        for (int i = 0; i < pairs.length; i += 2) {
            System.out.println(pairs[i] + " vs " + pairs[i + 1] + ": " + pairs[i].compareTo(pairs[i + 1]));
        }
        System.out.println("€uro".indexOf('u') + " " + "a€b€c".lastIndexOf('€') + " " + "𝄞music".indexOf("music")
                + " " + "𝄞music".codePointAt(0) + " " + "𝄞music".codePointCount(0, 7));
        System.out.println("hello".charAt(4) + " " + "hello".substring(1, 3) + " " + "hello".subSequence(2, 5)
                + " " + "hello".toCharArray().length + " " + "hello".endsWith(""));
        try {
            System.out.println("abc".charAt(5));
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            System.out.println("abc".substring(2, 1));
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
