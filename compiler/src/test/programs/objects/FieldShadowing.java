/** A field of a subclass hides the superclass's field of the same name; the static type picks. */
public class FieldShadowing {
    static class A { String name = "A.name"; String name() { return name; } }
    static class B extends A { String name = "B.name"; String name() { return name + "/" + super.name; } }
    public static void main(String[] args) {
        B b = new B();
        A a = b;
        System.out.println(a.name);
        System.out.println(b.name);
        System.out.println(a.name());
        System.out.println(((A) b).name);
    }
}
