/** Many receivers of several classes in one loop: megamorphic virtual calls. */
public class PolymorphicLoop {
    static abstract class Op { abstract long apply(long x); }
    static class Add extends Op { final long k; Add(long k) { this.k = k; } long apply(long x) { return x + k; } }
    static class Mul extends Op { final long k; Mul(long k) { this.k = k; } long apply(long x) { return x * k; } }
    static class Xor extends Op { final long k; Xor(long k) { this.k = k; } long apply(long x) { return x ^ k; } }
    static class Neg extends Op { long apply(long x) { return -x; } }
    public static void main(String[] args) {
        Op[] ops = new Op[16];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = switch (i % 4) { case 0 -> new Add(i); case 1 -> new Mul(3); case 2 -> new Xor(0x5555L * i); default -> new Neg(); };
        }
        long x = 1;
        for (int round = 0; round < 1000; round++) for (Op op : ops) x = op.apply(x) % 1_000_000_007L;
        System.out.println(x);
    }
}
