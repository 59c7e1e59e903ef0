import java.util.Arrays;

/** compareTo and the static compare methods of the wrappers; sorting boxed values by their natural order. */
public class BoxedCompareAndSort {
    public static void main(String[] args) {
        System.out.println(Integer.compare(3, 7) + " " + Integer.valueOf(7).compareTo(3) + " "
                + Long.compare(Long.MIN_VALUE, 0) + " " + Integer.compareUnsigned(-1, 1));
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.compare(Double.NaN, Double.POSITIVE_INFINITY)
                + " " + Float.compare(1.0f, 1.0f) + " " + Character.compare('a', 'b') + " "
                + Boolean.compare(true, false));
        Integer[] numbers = {5, -3, 12, 0, 7, -3, 100, 42};
        Arrays.sort(numbers);
        System.out.println(Arrays.toString(numbers));
        Double[] doubles = {2.5, -0.0, 0.0, Double.NaN, -1e10, 3.0};
        Arrays.sort(doubles);
        System.out.println(Arrays.toString(doubles));
        String[] words = {"pear", "Apple", "banana", "apple", "Cherry"};
        Arrays.sort(words);
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(words));
        System.out.println(Integer.max(4, 9) + " " + Integer.sum(4, 9) + " " + Long.min(-1, 1) + " "
                + Double.max(-0.0, 0.0));
    }
}
