/** Inner classes nest: each level reaches every enclosing instance. */
public class InnerClassOfInner {
    String a = "A";
    class B {
        String b = "B";
        class C {
            String c = "C";
            String all() { return a + b + c; }
        }
    }
    public static void main(String[] args) {
        InnerClassOfInner outer = new InnerClassOfInner();
        InnerClassOfInner.B b = outer.new B();
        InnerClassOfInner.B.C c = b.new C();
        System.out.println(c.all());
        outer.a = "a";
        b.b = "b";
        System.out.println(c.all() + " " + c.getClass().getName() + " " + c.getClass().getSimpleName());
    }
}
