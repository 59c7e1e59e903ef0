/** instanceof with pattern variables (Java 16) in conditions and loops. */
public class InstanceOfPatterns {
    sealed interface Shape permits Circle, Square { }
    static final class Circle implements Shape { final double r; Circle(double r) { this.r = r; } }
    static final class Square implements Shape { final double s; Square(double s) { this.s = s; } }
    static double area(Object o) {
        if (o instanceof Circle c) return 3 * c.r * c.r;
        if (o instanceof Square sq && sq.s > 0) return sq.s * sq.s;
        return -1;
    }
    public static void main(String[] args) {
        Object[] things = {new Circle(1), new Square(2), new Square(-1), "circle", null};
        for (Object t : things) System.out.println(area(t));
    }
}
