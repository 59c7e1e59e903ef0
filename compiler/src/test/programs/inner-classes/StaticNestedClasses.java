/** Static nested classes use the outer class's private static members. */
public class StaticNestedClasses {
    private static int created;
    private static String secret() { return "s" + created; }
    static class Builder {
        private final StringBuilder parts = new StringBuilder();
        Builder add(String p) { parts.append(p).append(','); return this; }
        String build() { created++; return parts + secret(); }
    }
    public static void main(String[] args) {
        System.out.println(new Builder().add("a").add("b").build());
        System.out.println(new Builder().build() + " " + created);
    }
}
