/** Method references of every kind: static, bound and unbound instance, interface, constructor, array constructor. */
public class MethodReferences {
    interface StringFunction {
        String apply(String value);
    }

    interface Maker<T> {
        T make(String value);
    }

    interface Sized {
        int size(CharSequence sequence);
    }

    interface ArrayMaker {
        int[] make(int length);
    }

    interface Shape {
        double area();

        default String describe() {
            return getClass().getSimpleName() + " of area " + area();
        }
    }

    static final class Square implements Shape {
        private final double side;

        Square(String side) {
            this.side = side.length() * 0.5;
        }

        public double area() {
            return side * side;
        }
    }

    static String shout(String value) {
        return value.toUpperCase() + "!";
    }

    public static void main(String[] args) {
        StringFunction shouting = MethodReferences::shout;
        System.out.println(shouting.apply("static"));
        StringFunction trimming = String::trim;
        System.out.println("[" + trimming.apply("  unbound  ") + "]");
        String suffix = "-bound";
        StringFunction bound = suffix::concat;
        System.out.println(bound.apply("receiver"));
        Sized sized = CharSequence::length;
        System.out.println(sized.size("interface method"));
        Maker<Square> maker = Square::new;
        Square square = maker.make("xxx");
        System.out.println(square.area());
        Maker<Shape> widened = Square::new;
        System.out.println(widened.make("xxxx").area());
        System.out.println(widened.make("xx").describe());
        ArrayMaker arrays = int[]::new;
        System.out.println(arrays.make(7).length);
    }
}
