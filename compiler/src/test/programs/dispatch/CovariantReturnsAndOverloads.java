/** Covariant returns and overloads: the compile-time signature picks the method, dispatch the class. */
public class CovariantReturnsAndOverloads {
    static class Shape { Shape copy() { return new Shape(); } String name() { return "shape"; } String take(Object o) { return "object"; } String take(String s) { return "string"; } }
    static class Square extends Shape { Square copy() { return new Square(); } String name() { return "square"; } String take(Object o) { return "square-object"; } }
    public static void main(String[] args) {
        Shape s = new Square();
        System.out.println(s.copy().name() + " " + s.take("x") + " " + s.take((Object) "x"));
        Square q = new Square();
        Square copy = q.copy();
        System.out.println(copy.name());
    }
}
