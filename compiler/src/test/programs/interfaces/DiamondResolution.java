/** JVMS 5.4.3.3: a more specific interface's default wins; a class method beats any default. */
public class DiamondResolution {
    interface A { default String who() { return "A"; } }
    interface B extends A { default String who() { return "B"; } }
    interface C extends A { }
    static class D implements B, C { }
    static class E implements C { }
    interface Left { default String side() { return "left"; } }
    interface Right { default String side() { return "right"; } }
    static class Both implements Left, Right { public String side() { return Left.super.side() + "+" + Right.super.side(); } }
    static class Base { public String who() { return "Base"; } }
    static class F extends Base implements B { }
    public static void main(String[] args) {
        System.out.println(new D().who() + " " + new E().who() + " " + new Both().side() + " " + new F().who());
        A a = new D();
        C c = new D();
        System.out.println(a.who() + " " + c.who());
    }
}
