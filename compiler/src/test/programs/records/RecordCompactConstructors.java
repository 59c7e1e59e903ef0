import java.util.Objects;

/** Records: compact constructors that validate and normalise, static factories, nested records, equality. */
public class RecordCompactConstructors {
    record Range(int low, int high) {
        Range {
            if (low > high) {
                int swap = low;
                low = high;
                high = swap;
            }
        }

        static Range of(int a) {
            return new Range(a, a);
        }

        int length() {
            return high - low;
        }
    }

    record Named(String name, Range range) {
        Named {
            Objects.requireNonNull(name, "name");
        }
    }

    public static void main(String[] args) {
        Range range = new Range(9, 2);
        System.out.println(range + " " + range.length());
        System.out.println(Range.of(4));
        Named named = new Named("span", range);
        System.out.println(named);
        System.out.println(named.equals(new Named("span", new Range(2, 9))) + " "
                + (named.hashCode() == new Named("span", new Range(2, 9)).hashCode()));
        try {
            new Named(null, range);
        } catch (NullPointerException e) {
            System.out.println("rejected: " + e.getMessage());
        }
    }
}
