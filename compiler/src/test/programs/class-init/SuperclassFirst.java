/** Initializing a class initializes its superclass first, but not its interfaces. */
public class SuperclassFirst {
    static StringBuilder log = new StringBuilder();
    interface Marker { int FIELD = compute("Marker"); }
    static int compute(String who) { log.append("[" + who + "]"); return 1; }
    static class Grand { static { log.append("[Grand]"); } }
    static class Parent extends Grand { static { log.append("[Parent]"); } static int p = 1; }
    static class Child extends Parent implements Marker { static { log.append("[Child]"); } static int c = 2; }
    public static void main(String[] args) {
        System.out.println(Child.c + " " + log);
        System.out.println(Parent.p + " " + log);
        System.out.println(Child.FIELD + " " + log);
    }
}
