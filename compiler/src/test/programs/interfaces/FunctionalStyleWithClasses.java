/** Strategy objects through a generic interface, composed by wrapper classes. */
public class FunctionalStyleWithClasses {
    interface Fn { long apply(long x); }
    static final class Add implements Fn { final long k; Add(long k) { this.k = k; } public long apply(long x) { return x + k; } }
    static final class Times implements Fn { final long k; Times(long k) { this.k = k; } public long apply(long x) { return x * k; } }
    static final class Compose implements Fn { final Fn first, second; Compose(Fn f, Fn s) { first = f; second = s; } public long apply(long x) { return second.apply(first.apply(x)); } }
    static final class Repeat implements Fn { final Fn f; final int n; Repeat(Fn f, int n) { this.f = f; this.n = n; } public long apply(long x) { for (int i = 0; i < n; i++) x = f.apply(x); return x; } }
    public static void main(String[] args) {
        Fn f = new Compose(new Add(3), new Times(2));
        Fn g = new Repeat(f, 10);
        Fn h = new Compose(g, new Compose(new Times(-1), new Add(7)));
        System.out.println(f.apply(1) + " " + g.apply(1) + " " + h.apply(1));
    }
}
