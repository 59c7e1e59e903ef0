import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** Constructor references to generic classes (diamond-inferred), overloaded constructors, and multi-dimensional arrays. */
public class ConstructorReferencesGeneric {
    static final class Box<T> {
        final T value;
        final String how;
        Box() { this(null, "empty"); }
        Box(T value) { this(value, "one"); }
        Box(T value, String how) { this.value = value; this.how = how; }
        public String toString() { return "Box(" + value + "," + how + ")"; }
    }

    static <T, R> List<R> mapAll(List<T> in, Function<T, R> f) {
        List<R> out = new ArrayList<>();
        for (T t : in) out.add(f.apply(t));
        return out;
    }

    public static void main(String[] args) {
        Supplier<Box<String>> empty = Box::new;
        Function<Integer, Box<Integer>> one = Box::new;
        BiFunction<Double, String, Box<Double>> two = Box::new;
        System.out.println(empty.get() + " " + one.apply(7) + " " + two.apply(1.5, "two"));

        System.out.println(mapAll(List.of("x", "yy", "zzz"), Box<String>::new));

        Supplier<List<String>> listMaker = ArrayList::new;
        List<String> made = listMaker.get();
        made.add("first");
        Function<Integer, List<String>> sized = ArrayList::new;
        List<String> other = sized.apply(100);
        System.out.println(made + " " + other.isEmpty() + " " + (made != listMaker.get()));

        Supplier<TreeMap<String, Integer>> mapMaker = TreeMap::new;
        TreeMap<String, Integer> map = mapMaker.get();
        map.put("b", 2);
        map.put("a", 1);
        System.out.println(map);

        IntFunction<int[][]> grid = int[][]::new;
        int[][] g = grid.apply(3);
        System.out.println(g.length + " " + (g[0] == null));
        IntFunction<String[]> strings = String[]::new;
        String[] arr = strings.apply(4);
        arr[2] = "set";
        System.out.println(arr.length + " " + arr[2] + " " + arr[0] + " " + arr.getClass().getSimpleName());
        IntFunction<Box<?>[]> boxes = Box[]::new;
        Box<?>[] bs = boxes.apply(2);
        bs[1] = one.apply(9);
        System.out.println(bs.length + " " + bs[1] + " " + bs.getClass().getSimpleName());

        Function<String, StringBuilder> sb = StringBuilder::new;
        System.out.println(sb.apply("abc").reverse());
        String[] copied = List.of("p", "q").toArray(String[]::new);
        System.out.println(copied.length + copied[0] + copied[1]);
    }
}
