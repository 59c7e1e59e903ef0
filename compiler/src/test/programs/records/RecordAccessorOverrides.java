/** Overridden record accessors: toString, equals and hashCode read the fields, not the accessors. */
public class RecordAccessorOverrides {
    record Name(String first, String last) {
        public String first() { return first.toUpperCase(); }
        public String last() { return "Dr. " + last; }
    }

    record Counter(int value) {
        static int accessorCalls;

        public int value() {
            accessorCalls++;
            return value * 10;
        }
    }

    record Temperature(double celsius) {
        public double celsius() { return Math.round(celsius * 10) / 10.0; }
        double fahrenheit() { return celsius() * 9 / 5 + 32; }
    }

    interface HasId { String id(); }

    record Item(String id, int qty) implements HasId {
        @Override
        public String id() { return "#" + id; }
    }

    public static void main(String[] args) {
        Name n = new Name("ada", "lovelace");
        System.out.println(n.first() + " " + n.last());
        System.out.println(n);
        System.out.println(n.equals(new Name("ada", "lovelace")) + " " + n.equals(new Name("ADA", "lovelace")));
        System.out.println(n.hashCode() == new Name("ada", "lovelace").hashCode());

        Counter c = new Counter(4);
        Counter.accessorCalls = 0;
        String text = c.toString();
        boolean eq = c.equals(new Counter(4));
        int h = c.hashCode();
        System.out.println(text + " " + eq + " " + (h == Integer.hashCode(4)) + " calls=" + Counter.accessorCalls);
        System.out.println(c.value() + " calls=" + Counter.accessorCalls);

        Temperature t1 = new Temperature(21.04);
        Temperature t2 = new Temperature(20.96);
        System.out.println(t1.celsius() + " " + t2.celsius() + " " + t1.equals(t2) + " " + t1);
        System.out.println(t1.fahrenheit());

        HasId item = new Item("a7", 3);
        System.out.println(item.id() + " " + item);
    }
}
