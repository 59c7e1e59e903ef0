import java.util.Comparator;
import java.util.function.BinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.LongUnaryOperator;
import java.util.function.ToIntFunction;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The primitive specializations' combinators, BinaryOperator.minBy/maxBy and BiFunction.andThen. */
public class PrimitiveFunctionCombinators {
    public static void main(String[] args) {
        IntUnaryOperator inc = x -> x + 1;
        IntUnaryOperator dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).applyAsInt(5) + " " + inc.compose(dbl).applyAsInt(5) + " "
                + IntUnaryOperator.identity().applyAsInt(-8));

        IntPredicate even = x -> x % 2 == 0;
        IntPredicate positive = x -> x > 0;
        StringBuilder sb = new StringBuilder();
        for (int i = -3; i <= 3; i++) {
            sb.append(i).append(':')
              .append(even.and(positive).test(i) ? 'A' : '-')
              .append(even.or(positive).test(i) ? 'O' : '-')
              .append(even.negate().test(i) ? 'N' : '-').append(' ');
        }
        System.out.println(sb.toString().trim());

        LongUnaryOperator big = x -> x * 1_000_000_007L;
        System.out.println(big.andThen(x -> x % 998_244_353L).applyAsLong(123456789L));

        DoubleUnaryOperator half = x -> x / 2;
        DoubleUnaryOperator sq = x -> x * x;
        System.out.println(half.andThen(sq).applyAsDouble(3) + " " + half.compose(sq).applyAsDouble(3) + " "
                + DoubleUnaryOperator.identity().applyAsDouble(-0.0));

        IntBinaryOperator gcd = new IntBinaryOperator() {
            public int applyAsInt(int a, int b) { return b == 0 ? a : applyAsInt(b, a % b); }
        };
        System.out.println(gcd.applyAsInt(1071, 462));

        BinaryOperator<String> shorter = BinaryOperator.minBy(Comparator.comparingInt(String::length));
        BinaryOperator<String> longer = BinaryOperator.maxBy(Comparator.comparingInt(String::length));
        System.out.println(shorter.apply("pear", "fig") + " " + longer.apply("pear", "fig") + " "
                + shorter.apply("ab", "cd") + " " + longer.apply("ab", "cd"));

        ToIntFunction<String> len = String::length;
        System.out.println(len.applyAsInt("seven!!"));

        BiFunction<Integer, Integer, Integer> pow = (b, e) -> { int r = 1; for (int i = 0; i < e; i++) r *= b; return r; };
        Function<Integer, String> hex = Integer::toHexString;
        System.out.println(pow.andThen(hex).apply(2, 20) + " " + pow.andThen(hex).andThen(String::length).apply(16, 7));
    }
}
