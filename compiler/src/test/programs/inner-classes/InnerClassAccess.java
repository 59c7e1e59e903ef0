/** Inner classes read and write their enclosing instance's fields, including private ones. */
public class InnerClassAccess {
    private int count;
    private final String label;
    InnerClassAccess(String label) { this.label = label; }
    class Counter {
        private int own;
        void tick() { count++; own++; }
        String report() { return label + ": outer " + count + ", inner " + own; }
    }
    public static void main(String[] args) {
        InnerClassAccess outer = new InnerClassAccess("o");
        Counter a = outer.new Counter(), b = outer.new Counter();
        a.tick(); a.tick(); b.tick();
        System.out.println(a.report());
        System.out.println(b.report());
    }
}
