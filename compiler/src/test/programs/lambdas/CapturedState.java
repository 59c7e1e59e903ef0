import java.util.function.*;

/** Lambdas capturing locals, parameters, this and arrays; composition with andThen/compose/negate. */
public class CapturedState {
    private int base = 10;

    IntUnaryOperator adder(int extra) {
        int local = extra * 2;
        return value -> value + base + local;
    }

    public static void main(String[] args) {
        CapturedState state = new CapturedState();
        IntUnaryOperator add = state.adder(3);
        System.out.println(add.applyAsInt(1));
        state.base = 100;
        System.out.println(add.applyAsInt(1));
        int[] counter = {0};
        Runnable increment = () -> counter[0]++;
        for (int i = 0; i < 5; i++) {
            increment.run();
        }
        System.out.println(counter[0]);
        Function<Integer, Integer> doubled = x -> x * 2;
        Function<Integer, Integer> plusOne = x -> x + 1;
        System.out.println(doubled.andThen(plusOne).apply(5) + " " + doubled.compose(plusOne).apply(5));
        Predicate<String> empty = String::isEmpty;
        System.out.println(empty.negate().test("") + " " + empty.or(s -> s.startsWith("a")).test("abc"));
        BiFunction<String, Integer, String> repeat = String::repeat;
        System.out.println(repeat.andThen(String::length).apply("ab", 3));
        Supplier<Supplier<String>> nested = () -> () -> "nested " + counter[0];
        System.out.println(nested.get().get());
    }
}
