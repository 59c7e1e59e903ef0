/** Subclass instances hold superclass fields; constructors run superclass first. */
public class Inheritance {
    static StringBuilder log = new StringBuilder();
    static class Base { int a = 1; Base() { log.append("Base(").append(a).append(") "); } }
    static class Middle extends Base { int b = a + 1; Middle() { log.append("Middle(").append(b).append(") "); } }
    static class Leaf extends Middle { int c; Leaf(int c) { super(); this.c = c + b; log.append("Leaf(").append(this.c).append(")"); } }
    public static void main(String[] args) {
        Leaf leaf = new Leaf(10);
        System.out.println(log);
        System.out.println(leaf.a + " " + leaf.b + " " + leaf.c);
        Base asBase = leaf;
        asBase.a = 100;
        System.out.println(leaf.a + " " + ((Middle) asBase).b);
    }
}
