import java.util.Arrays;
import java.util.List;

/** Boxing through generics and varargs: List<Integer> from Arrays.asList, generic max, varargs of primitives boxed. */
public class BoxedGenericsAndVarargs {
    static <T extends Comparable<T>> T max(List<T> values) {
        T best = values.get(0);
        for (T value : values) {
            if (value.compareTo(best) > 0) {
                best = value;
            }
        }
        return best;
    }

    static String describe(Object... values) {
        StringBuilder builder = new StringBuilder();
        for (Object value : values) {
            builder.append(value == null ? "null" : value.getClass().getSimpleName()).append(' ');
        }
        return builder.toString().trim();
    }

    static int sum(Integer... values) {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }

    public static void main(String[] args) {
        List<Integer> numbers = Arrays.asList(4, -2, 19, 7);
        System.out.println(max(numbers) + " " + max(Arrays.asList("pear", "apple", "zucchini")) + " " + max(Arrays.asList(1.5, -3.0)));
        System.out.println(describe(1, 2L, 3.0f, 4.0, 'c', (byte) 1, (short) 2, true, "s", null));
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new Integer[] {10, 20}));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, (a, b) -> b - a);
        System.out.println(Arrays.toString(boxed) + " " + Arrays.asList(boxed).indexOf(1) + " " + Arrays.hashCode(boxed));
    }
}
