/** Arrays typed by an interface hold objects of unrelated classes; calls dispatch per element. */
public class InterfaceArrayPolymorphism {
    interface Priced { long cents(); default String label() { return getClass().getSimpleName() + "@" + cents(); } }
    static class Book implements Priced { public long cents() { return 1299; } }
    static class Pen implements Priced { public long cents() { return 150; } public String label() { return "pen!"; } }
    static class Bundle implements Priced {
        final Priced[] parts; Bundle(Priced... parts) { this.parts = parts; }
        public long cents() { long s = 0; for (Priced p : parts) s += p.cents(); return s * 9 / 10; }
    }
    public static void main(String[] args) {
        Priced[] cart = {new Book(), new Pen(), new Bundle(new Book(), new Pen(), new Pen()), new Bundle()};
        long total = 0;
        for (Priced p : cart) { System.out.println(p.label()); total += p.cents(); }
        System.out.println(total);
    }
}
