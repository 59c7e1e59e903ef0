import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Records with array and varargs components: equals/hashCode compare arrays by reference, defensive copies. */
public class RecordArrayComponents {
    record Samples(String label, int[] values) { }

    record Safe(int[] values) {
        Safe {
            values = values.clone();
        }

        public int[] values() { return values.clone(); }

        public boolean equals(Object o) {
            return o instanceof Safe s && Arrays.equals(values, s.values);
        }

        public int hashCode() { return Arrays.hashCode(values); }

        public String toString() { return "Safe" + Arrays.toString(values); }
    }

    record Tags(String... names) {
        int count() { return names.length; }
    }

    public static void main(String[] args) {
        int[] shared = {1, 2, 3};
        Samples a = new Samples("x", shared);
        Samples b = new Samples("x", shared);
        Samples c = new Samples("x", new int[] {1, 2, 3});
        System.out.println("same array equal: " + a.equals(b) + ", hash equal: " + (a.hashCode() == b.hashCode()));
        System.out.println("copied array equal: " + a.equals(c));
        System.out.println("contents equal: " + Arrays.equals(a.values(), c.values()));
        shared[0] = 100;
        System.out.println("mutation visible: " + b.values()[0] + ", still equal: " + a.equals(b));
        System.out.println(a.toString().startsWith("Samples[label=x, values=[I@"));

        int[] raw = {5, 6};
        Safe s1 = new Safe(raw);
        raw[0] = -1;
        int[] out = s1.values();
        out[1] = -2;
        System.out.println(s1 + " " + s1.equals(new Safe(new int[] {5, 6})) + " " + s1.equals(new Safe(new int[] {5})));
        Set<Safe> set = new HashSet<>();
        set.add(new Safe(new int[] {1}));
        set.add(new Safe(new int[] {1}));
        set.add(new Safe(new int[] {2}));
        System.out.println("set size " + set.size());

        Tags t0 = new Tags();
        Tags t2 = new Tags("red", "blue");
        Tags t2b = new Tags(new String[] {"red", "blue"});
        System.out.println(t0.count() + " " + t2.count() + " " + t2.equals(t2b) + " " + String.join("+", t2.names()));
        System.out.println(t2.equals(t2) + " " + new Tags((String[]) null).equals(new Tags((String[]) null)));
    }
}
