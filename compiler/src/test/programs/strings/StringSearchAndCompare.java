/** String searching and comparison: indexOf family, regionMatches, compareToIgnoreCase, chars, strip. */
public class StringSearchAndCompare {
    public static void main(String[] args) {
        String text = "the quick brown fox jumps over the lazy dog";
        System.out.println(text.indexOf("the") + " " + text.lastIndexOf("the") + " " + text.indexOf('o', 15)
                + " " + text.lastIndexOf('o', 20) + " " + text.indexOf("cat"));
        System.out.println(text.regionMatches(true, 4, "QUICK", 0, 5) + " " + text.regionMatches(4, "QUICK", 0, 5));
        System.out.println("apple".compareTo("banana") + " " + "Apple".compareToIgnoreCase("apple") + " "
                + "abc".compareTo("abcd"));
        System.out.println(text.chars().filter(ch -> ch == 'o').count());
        System.out.println("[" + "  padded \t".strip() + "][" + "  padded ".stripLeading() + "]["
                + "  padded ".stripTrailing() + "]");
        System.out.println("a,b,,c,".split(",").length + " " + "a,b,,c,".split(",", -1).length);
        System.out.println(String.join("|", "x", "y", "z") + " " + "Mississippi".replace("ss", "SS"));
        System.out.println("ÄÖÜ straße".toUpperCase() + " " + "ÄÖÜ".toLowerCase());
        System.out.println("hello".contentEquals(new StringBuilder("hello")) + " " + "".isBlank() + " "
                + " \t".isBlank());
        System.out.println("%d items at %.2f".formatted(3, 1.5));
    }
}
