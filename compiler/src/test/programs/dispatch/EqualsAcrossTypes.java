/** equals implementations that check the other object's class with getClass() and instanceof. */
public class EqualsAcrossTypes {
    static class P { final int x; P(int x) { this.x = x; } public boolean equals(Object o) { return o != null && o.getClass() == getClass() && ((P) o).x == x; } public int hashCode() { return x; } }
    static class Q extends P { Q(int x) { super(x); } }
    public static void main(String[] args) {
        P p1 = new P(1), p2 = new P(1);
        Q q1 = new Q(1);
        System.out.println(p1.equals(p2) + " " + p1.equals(q1) + " " + q1.equals(p1) + " " + q1.equals(new Q(1)) + " " + p1.equals("1"));
        System.out.println(p1.getClass().getName() + " " + q1.getClass().getSuperclass().getName());
    }
}
