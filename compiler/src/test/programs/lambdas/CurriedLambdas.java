import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/** Lambdas returning lambdas: currying, partial application, uncurrying and a chain of suppliers. */
public class CurriedLambdas {
    static <A, B, C> Function<A, Function<B, C>> curry(BiFunction<A, B, C> f) {
        return a -> b -> f.apply(a, b);
    }

    static <A, B, C> BiFunction<A, B, C> uncurry(Function<A, Function<B, C>> f) {
        return (a, b) -> f.apply(a).apply(b);
    }

    static IntFunction<IntFunction<IntUnaryOperator>> linear() {
        return a -> b -> x -> a * x + b;
    }

    static Supplier<Supplier<Supplier<String>>> nested(String seed) {
        return () -> () -> () -> seed + "!";
    }

    public static void main(String[] args) {
        Function<Integer, Function<Integer, Integer>> add = x -> y -> x + y;
        Function<Integer, Integer> addFive = add.apply(5);
        System.out.println(addFive.apply(10) + " " + add.apply(-3).apply(3));

        Function<String, Function<Integer, String>> rep = curry(String::repeat);
        System.out.println(rep.apply("ab").apply(3) + " " + rep.apply("-").apply(0).isEmpty());

        BiFunction<Integer, Integer, Integer> mul = uncurry(x -> y -> x * y);
        System.out.println(mul.apply(6, 7));

        IntUnaryOperator line = linear().apply(3).apply(-2);
        StringBuilder sb = new StringBuilder();
        for (int x = -2; x <= 2; x++) {
            sb.append(line.applyAsInt(x)).append(' ');
        }
        System.out.println(sb.toString().trim());

        System.out.println(nested("deep").get().get().get());

        Function<Integer, Function<Integer, Function<Integer, Integer>>> three = a -> b -> c -> a * 100 + b * 10 + c;
        Function<Integer, Function<Integer, Integer>> partial = three.apply(1);
        System.out.println(partial.apply(2).apply(3) + " " + partial.apply(9).apply(9) + " " + three.apply(0).apply(0).apply(7));

        Function<Function<Integer, Integer>, Function<Integer, Integer>> twice = f -> f.andThen(f);
        System.out.println(twice.apply(addFive).apply(0) + " " + twice.apply(twice.apply(x -> x * 2)).apply(1));

        int[] counter = {0};
        Supplier<Supplier<Integer>> makeCounter = () -> {
            int start = ++counter[0] * 100;
            int[] own = {start};
            return () -> own[0]++;
        };
        Supplier<Integer> c1 = makeCounter.get();
        Supplier<Integer> c2 = makeCounter.get();
        System.out.println(c1.get() + " " + c1.get() + " " + c2.get() + " " + c1.get() + " " + c2.get());
    }
}
