/** Object.toString is the class name, '@' and the identity hash in hex (the hash itself varies). */
public class DefaultToString {
    static class Thing { }
    public static void main(String[] args) {
        Thing t = new Thing();
        String text = t.toString();
        String prefix = text.substring(0, text.indexOf('@'));
        String hex = text.substring(text.indexOf('@') + 1);
        System.out.println(prefix);
        System.out.println(hex.equals(Integer.toHexString(t.hashCode())));
        System.out.println(String.valueOf(t).equals(text) + " " + ("" + t).equals(text));
        System.out.println(System.identityHashCode(t) == t.hashCode());
    }
}
