/** Calls through interface types reach each class's implementation, across many classes. */
public class InterfaceDispatch {
    interface Shape { double area(); String name(); }
    interface Scalable { Shape scaled(double k); }
    static final class Circle implements Shape, Scalable {
        final double r; Circle(double r) { this.r = r; }
        public double area() { return 3 * r * r; } public String name() { return "circle"; }
        public Shape scaled(double k) { return new Circle(r * k); }
    }
    static final class Rect implements Shape, Scalable {
        final double w, h; Rect(double w, double h) { this.w = w; this.h = h; }
        public double area() { return w * h; } public String name() { return "rect"; }
        public Shape scaled(double k) { return new Rect(w * k, h * k); }
    }
    static final class Triangle implements Shape {
        final double b, h; Triangle(double b, double h) { this.b = b; this.h = h; }
        public double area() { return b * h / 2; } public String name() { return "triangle"; }
    }
    public static void main(String[] args) {
        Shape[] shapes = { new Circle(1), new Rect(2, 3), new Triangle(4, 5), new Circle(2) };
        double total = 0;
        for (Shape s : shapes) {
            total += s.area();
            if (s instanceof Scalable sc) System.out.println(s.name() + " scaled: " + sc.scaled(2).area());
            else System.out.println(s.name() + " is not scalable");
        }
        System.out.println(total);
    }
}
