/** instanceof on classes along a hierarchy, and on null. */
public class InstanceOfClasses {
    static class A { } static class B extends A { } static class C extends B { } static class D extends A { }
    public static void main(String[] args) {
        Object[] values = { new A(), new B(), new C(), new D(), "s", null };
        for (Object v : values) {
            System.out.println((v instanceof A) + " " + (v instanceof B) + " " + (v instanceof C) + " " + (v instanceof D)
                    + " " + (v instanceof Object));
        }
    }
}
