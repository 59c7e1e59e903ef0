import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** java.util.function's default and static methods: andThen, compose, negate, and, or, identity, not. */
public class FunctionalComposition {
    public static void main(String[] args) {
        Function<Integer, Integer> twice = x -> x * 2;
        Function<Integer, Integer> plusThree = x -> x + 3;
        System.out.println(twice.andThen(plusThree).apply(5) + " " + twice.compose(plusThree).apply(5) + " "
                + Function.<Integer>identity().apply(9));
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longWord = s -> s.length() > 4;
        System.out.println(empty.negate().test("") + " " + empty.or(longWord).test("lengthy") + " "
                + empty.negate().and(longWord).test("abc") + " " + Predicate.not(empty).test("x")
                + " " + Predicate.isEqual("a").test("a"));
        Supplier<StringBuilder> fresh = StringBuilder::new;
        System.out.println(fresh.get().append("built").length());
        BiFunction<String, Integer, String> repeat = String::repeat;
        System.out.println(repeat.andThen(String::toUpperCase).apply("ab", 3));
        UnaryOperator<String> shout = s -> s + "!";
        System.out.println(shout.apply(UnaryOperator.<String>identity().apply("hey")));
        IntBinaryOperator max = Math::max;
        System.out.println(max.applyAsInt(-4, 2));
    }
}
