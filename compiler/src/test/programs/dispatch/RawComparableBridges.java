/** Comparable through a raw reference: String's compareTo(Object) bridge and a user class's, side by side. */
public class RawComparableBridges {
    static final class Box implements Comparable<Box> {
        final int v;
        Box(int v) { this.v = v; }
        public int compareTo(Box o) { return Integer.compare(v, o.v); }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Comparable s = "apple";
        System.out.println(s.compareTo("banana") < 0);
        Comparable b = new Box(1);
        System.out.println(b.compareTo(new Box(2)));
        System.out.println(s.compareTo("apple"));
    }
}
