import java.util.Arrays;

/** split (regular expressions and the one-char fast path), join, repeat, strip and friends. */
public class StringSplitJoinRepeat {
    public static void main(String[] args) {
        System.out.println(Arrays.toString("a,b,,c,,".split(",")));
        System.out.println(Arrays.toString("a,b,,c,,".split(",", -1)));
        System.out.println(Arrays.toString("  one two\tthree  ".trim().split("\\s+")));
        System.out.println(Arrays.toString("x1y22z333".split("[0-9]+")));
        System.out.println(Arrays.toString("a.b.c".split("\\.", 2)));
        System.out.println(String.join("-", "a", "b", "c") + " " + String.join("/", Arrays.asList("x", "y")));
        System.out.println("ab".repeat(3) + "|" + "".repeat(5) + "|" + "-".repeat(0) + "|");
        System.out.println("[" + "  pad  ".strip() + "][" + "  pad  ".stripLeading() + "][" + "  pad  ".stripTrailing() + "]");
        System.out.println("   ".isBlank() + " " + "".isEmpty() + " " + " x ".isBlank());
        System.out.println("Hello".replace('l', 'L') + " " + "banana".replace("an", "AN") + " "
                + "a1b2c3".replaceAll("[0-9]", "#") + " " + "aaa".replaceFirst("a", "b"));
        System.out.println("Mississippi".matches("M(iss)+ippi") + " " + "abc".matches("a.c") + " " + "abc".matches("b"));
        System.out.println("tab\tsep".indexOf('\t') + " " + "x".concat("y") + " " + "abc".contains("bc"));
        System.out.println(String.valueOf(new char[] {'o', 'k'}) + " " + String.copyValueOf(new char[] {'a', 'b', 'c'}, 1, 2)
                + " " + new String(new char[] {'h', 'i'}) + " " + "chars".chars().sum());
    }
}
