/** Field initializers and instance initializer blocks run after super() and before the constructor body. */
public class ConstructorChainingOrder {
    static StringBuilder log = new StringBuilder();
    static String note(String s) { log.append(s).append(' '); return s; }
    static class Base { String b = note("Base.field"); { note("Base.block"); } Base() { note("Base()"); describe(); } void describe() { note("Base.describe"); } }
    static class Derived extends Base {
        String d = note("Derived.field");
        { note("Derived.block"); }
        Derived() { super(); note("Derived()"); }
        Derived(int x) { this(); note("Derived(" + x + ")"); }
        @Override void describe() { note("Derived.describe d=" + d); }
    }
    public static void main(String[] args) {
        new Derived(5);
        System.out.println(log.toString().trim());
    }
}
