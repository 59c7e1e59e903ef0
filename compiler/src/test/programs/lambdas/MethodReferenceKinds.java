import java.util.function.*;

/** Every method-reference kind: static, bound, unbound, constructor, array constructor, super. */
public class MethodReferenceKinds {
    static String shout(String s) { return s.toUpperCase() + "!"; }

    static class Base {
        String name() { return "base"; }
    }

    static class Derived extends Base {
        @Override
        String name() { return "derived"; }

        Supplier<String> parentName() { return super::name; }
    }

    record Point(int x, int y) {}

    public static void main(String[] args) {
        Function<String, String> staticRef = MethodReferenceKinds::shout;
        String prefix = "pre-";
        Function<String, String> bound = prefix::concat;
        Function<String, Integer> unbound = String::length;
        BiFunction<Integer, Integer, Point> constructor = Point::new;
        IntFunction<int[]> arrayConstructor = int[]::new;
        Supplier<String> superRef = new Derived().parentName();
        BinaryOperator<Integer> max = Math::max;
        System.out.println(staticRef.apply("hi"));
        System.out.println(bound.apply("fix"));
        System.out.println(unbound.apply("four"));
        System.out.println(constructor.apply(3, 4));
        System.out.println(arrayConstructor.apply(5).length);
        System.out.println(superRef.get());
        System.out.println(max.apply(-2, 7));
        Runnable printer = System.out::println;
        printer.run();
        Consumer<Object> echo = System.out::println;
        echo.accept(new Point(1, 2));
    }
}
