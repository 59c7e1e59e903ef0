/** Static methods are hidden, not overridden: the type named at the call decides. */
public class StaticMethodsHidden {
    static class P { static String kind() { return "P"; } String viaInstance() { return kind(); } }
    static class Q extends P { static String kind() { return "Q"; } }
    public static void main(String[] args) {
        System.out.println(P.kind() + " " + Q.kind() + " " + new Q().viaInstance());
    }
}
