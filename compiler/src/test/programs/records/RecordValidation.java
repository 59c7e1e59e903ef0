/** Compact constructors that validate and normalize, static factories, records implementing interfaces, accessors. */
public class RecordValidation {
    interface Shape {
        double area();
    }

    record Range(int low, int high) {
        Range {
            if (low > high) {
                throw new IllegalArgumentException("low " + low + " > high " + high);
            }
        }

        static Range of(int a, int b) {
            return new Range(Math.min(a, b), Math.max(a, b));
        }

        int length() {
            return high - low;
        }
    }

    record Name(String first, String last) {
        Name {
            first = first.strip();
            last = last.strip();
        }
    }

    record Square(double side) implements Shape {
        public double area() {
            return side * side;
        }
    }

    public static void main(String[] args) {
        System.out.println(Range.of(9, 2) + " " + Range.of(9, 2).length());
        try {
            new Range(5, 1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Name name = new Name("  Ada ", " Lovelace");
        System.out.println(name + " [" + name.first() + "] " + name.equals(new Name("Ada", "Lovelace")));
        Shape shape = new Square(1.5);
        System.out.println(shape + " " + shape.area() + " " + (shape instanceof Record) + " " + shape.hashCode());
    }
}
