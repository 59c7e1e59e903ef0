/** Overloads are chosen at compile time by static types; overrides at run time by the object's class. */
public class OverloadResolution {
    static class A { String who() { return "A"; } }
    static class B extends A { String who() { return "B"; } }
    static String pick(A a) { return "pick(A:" + a.who() + ")"; }
    static String pick(B b) { return "pick(B:" + b.who() + ")"; }
    static String pick(Object o) { return "pick(Object)"; }
    public static void main(String[] args) {
        A ab = new B();
        B b = new B();
        Object o = b;
        System.out.println(pick(ab) + " " + pick(b) + " " + pick(o) + " " + pick(new A()) + " " + pick((A) b));
    }
}
