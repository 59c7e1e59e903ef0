import java.util.HashSet;
import java.util.Set;

/** Record equals and hashCode component by component: floating-point by bits, nulls, arrays by identity; in hash sets. */
public class RecordEqualityDetails {
    record Measure(double value, String unit) {
    }

    record Holder(int[] data) {
    }

    record Nested(Measure measure, long count, boolean flag, char letter) {
    }

    public static void main(String[] args) {
        System.out.println(new Measure(0.0, "m").equals(new Measure(-0.0, "m")) + " "
                + new Measure(Double.NaN, "m").equals(new Measure(Double.NaN, "m")) + " "
                + new Measure(1.0, null).equals(new Measure(1.0, null)));
        System.out.println(new Measure(1.5, "kg").hashCode() + " " + new Measure(1.5, null).hashCode() + " "
                + new Measure(-0.0, "s").hashCode());
        int[] data = {1, 2};
        System.out.println(new Holder(data).equals(new Holder(data)) + " " + new Holder(data).equals(new Holder(new int[] {1, 2})));
        Nested nested = new Nested(new Measure(2.0, "g"), 1L << 40, true, 'x');
        System.out.println(nested + " " + nested.hashCode());
        Set<Measure> set = new HashSet<>();
        set.add(new Measure(3.0, "l"));
        set.add(new Measure(3.0, "l"));
        set.add(new Measure(3.0, "ml"));
        System.out.println(set.size() + " " + set.contains(new Measure(3.0, "ml")));
    }
}
