import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** Method references of every kind: static, bound, unbound, constructor, array constructor, super, and with boxing. */
public class MethodReferenceKinds {
    static class Base {
        String greet(String name) {
            return "hello " + name;
        }
    }

    static class Derived extends Base {
        @Override
        String greet(String name) {
            return "hi " + name;
        }

        Function<String, String> parentGreeting() {
            return super::greet;
        }
    }

    record Point(int x, int y) {
    }

    public static void main(String[] args) {
        Function<String, Integer> parse = Integer::parseInt;
        BiFunction<String, Integer, Character> charAt = String::charAt;
        String prefix = "pre";
        Function<String, String> bound = prefix::concat;
        Supplier<Derived> make = Derived::new;
        BiFunction<Integer, Integer, Point> point = Point::new;
        IntFunction<int[]> arrays = int[]::new;
        Function<Integer, String> boxedToString = Object::toString;
        System.out.println(parse.apply("42") + 1);
        System.out.println(charAt.apply("lambda", 2));
        System.out.println(bound.apply("fix"));
        Derived derived = make.get();
        System.out.println(derived.greet("ann") + " / " + derived.parentGreeting().apply("ann"));
        System.out.println(point.apply(3, 4) + " " + arrays.apply(5).length + " " + boxedToString.apply(77));
        Function<Integer, Integer> square = x -> x * x;
        System.out.println(square.andThen(Integer::toBinaryString).apply(5));
    }
}
