/** switch on strings (JLS 14.11): hashCode dispatch with colliding hashes, defaults, and fall-through. */
public class StringSwitchAndHash {
    static String kind(String word) {
        switch (word) {
            case "Aa":
                return "Aa (hash " + "Aa".hashCode() + ")";
            case "BB":
                return "BB (hash " + "BB".hashCode() + ")";
            case "apple":
            case "pear":
                return "fruit";
            case "":
                return "empty";
            default:
                return "other";
        }
    }

    public static void main(String[] args) {
        for (String word : new String[] {"Aa", "BB", "apple", "pear", "", "Apple", "AaBB", "BBAa"}) {
            System.out.println("[" + word + "] " + kind(word) + " " + word.hashCode());
        }
        String dynamic = new StringBuilder("pe").append("ar").toString();
        System.out.println(kind(dynamic) + " " + (dynamic == "pear") + " " + (dynamic.intern() == "pear"));
        int hash = switch ("Hello, world!") {
            case "Hello, world!" -> "Hello, world!".hashCode();
            default -> 0;
        };
        System.out.println(hash);
    }
}
