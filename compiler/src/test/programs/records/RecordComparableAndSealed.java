import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/** Records implementing Comparable and a sealed interface: natural ordering, TreeSet dedup by compareTo, dispatch. */
public class RecordComparableAndSealed {
    sealed interface Shape permits Circle, Rect, Tri {
        double area();
        default String kind() { return getClass().getSimpleName(); }
    }

    record Circle(int r) implements Shape {
        public double area() { return 3 * r * r; }
    }

    record Rect(int w, int h) implements Shape {
        public double area() { return w * h; }
        public String kind() { return w == h ? "Square" : "Rect"; }
    }

    record Tri(int b, int h) implements Shape {
        public double area() { return b * h / 2.0; }
    }

    record Version(int major, int minor, int patch) implements Comparable<Version> {
        static Version parse(String s) {
            String[] p = s.split("\\.");
            return new Version(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        }

        public int compareTo(Version o) {
            int c = Integer.compare(major, o.major);
            if (c == 0) c = Integer.compare(minor, o.minor);
            if (c == 0) c = Integer.compare(patch, o.patch);
            return c;
        }

        public String toString() { return major + "." + minor + "." + patch; }
    }

    record Loose(String key, int weight) implements Comparable<Loose> {
        public int compareTo(Loose o) { return key.compareTo(o.key); }
    }

    public static void main(String[] args) {
        List<Version> versions = new ArrayList<>();
        for (String s : new String[] {"1.10.0", "1.2.3", "0.9.9", "1.2.10", "1.2.3", "2.0.0"}) {
            versions.add(Version.parse(s));
        }
        Collections.sort(versions);
        System.out.println(versions);
        System.out.println(Collections.max(versions) + " " + Collections.min(versions));
        System.out.println(versions.get(1).equals(versions.get(2)) + " " + versions.get(1).compareTo(versions.get(2)));
        System.out.println(Version.parse("1.2.3").compareTo(Version.parse("1.3.0")) < 0);

        TreeSet<Loose> set = new TreeSet<>();
        set.add(new Loose("b", 1));
        set.add(new Loose("a", 2));
        boolean added = set.add(new Loose("b", 99));
        System.out.println(set + " added=" + added + " equalsButSameKey=" + new Loose("b", 1).equals(new Loose("b", 99)));

        List<Shape> shapes = List.of(new Circle(2), new Rect(3, 4), new Rect(5, 5), new Tri(3, 5));
        double total = 0;
        for (Shape s : shapes) {
            String detail;
            if (s instanceof Circle c) detail = "r=" + c.r();
            else if (s instanceof Rect r) detail = r.w() + "x" + r.h();
            else if (s instanceof Tri t) detail = "b=" + t.b() + ",h=" + t.h();
            else detail = "?";
            System.out.println(s.kind() + " " + detail + " area=" + s.area());
            total += s.area();
        }
        System.out.println("total " + total);
    }
}
