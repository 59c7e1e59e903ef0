/** Generic interfaces and bridge methods: calls through the erased interface reach the typed method. */
public class GenericInterfaces {
    interface Mapper<A, B> { B map(A a); }
    static class Length implements Mapper<String, String> { public String map(String s) { return "len=" + s.length(); } }
    static class Twice implements Mapper<String, String> { public String map(String s) { return s + s; } }
    interface Comparable2<T> { int compareTo2(T other); }
    static class Version implements Comparable2<Version> {
        final int major, minor;
        Version(int major, int minor) { this.major = major; this.minor = minor; }
        public int compareTo2(Version o) { return major != o.major ? major - o.major : minor - o.minor; }
        public String toString() { return major + "." + minor; }
    }
    static <T extends Comparable2<T>> T max(T[] items) {
        T best = items[0];
        for (T item : items) if (item.compareTo2(best) > 0) best = item;
        return best;
    }
    public static void main(String[] args) {
        Mapper<String, String>[] mappers = new Mapper[] {new Length(), new Twice()};
        for (Mapper<String, String> m : mappers) System.out.println(m.map("abc"));
        Version[] versions = {new Version(1, 9), new Version(2, 0), new Version(1, 12)};
        System.out.println(max(versions));
    }
}
