/** Virtual and interface calls in a hot loop over objects of four classes (megamorphic call sites). */
public class Dispatch {
    interface Shape { double area(); }
    static abstract class Base implements Shape { abstract double perimeter(); }
    static final class Circle extends Base { final double r; Circle(double r) { this.r = r; } public double area() { return 3.14159 * r * r; } double perimeter() { return 6.28318 * r; } }
    static final class Square extends Base { final double s; Square(double s) { this.s = s; } public double area() { return s * s; } double perimeter() { return 4 * s; } }
    static final class Rect extends Base { final double w, h; Rect(double w, double h) { this.w = w; this.h = h; } public double area() { return w * h; } double perimeter() { return 2 * (w + h); } }
    static final class Triangle extends Base { final double b, h; Triangle(double b, double h) { this.b = b; this.h = h; } public double area() { return b * h / 2; } double perimeter() { return b + h + Math.sqrt(b * b + h * h); } }
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        Base[] shapes = new Base[1000];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = switch (i % 4) { case 0 -> new Circle(i % 7 + 1); case 1 -> new Square(i % 5 + 1); case 2 -> new Rect(i % 3 + 1, i % 11 + 1); default -> new Triangle(i % 9 + 1, 2); };
        }
        double areas = 0, perimeters = 0;
        for (int r = 0; r < rounds; r++) {
            for (Base s : shapes) {
                Shape asShape = s;
                areas += asShape.area();
                perimeters += s.perimeter();
            }
        }
        System.out.println(areas + " " + perimeters);
    }
}
