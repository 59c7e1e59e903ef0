/** Anonymous classes implement interfaces and extend classes, capturing locals. */
public class AnonymousClasses {
    interface Transform { int apply(int x); }
    static abstract class Named { abstract String name(); String hello() { return "hi " + name(); } }
    public static void main(String[] args) {
        int offset = 7;
        Transform add = new Transform() { public int apply(int x) { return x + offset; } };
        Transform square = new Transform() { public int apply(int x) { return x * x; } };
        System.out.println(add.apply(3) + " " + square.apply(add.apply(1)));
        Named n = new Named() { String name() { return "anon" + offset; } };
        System.out.println(n.hello());
        System.out.println("[" + add.getClass().getSimpleName() + "] " + add.getClass().getName() + " " + n.getClass().getName());
    }
}
