/** A class hierarchy where only some subclasses are ever created: calls still reach every live override. */
public class AbstractMethodErrorNotReachable {
    static abstract class Node { abstract int eval(); }
    static class Num extends Node { final int v; Num(int v) { this.v = v; } int eval() { return v; } }
    static class Add extends Node { final Node l, r; Add(Node l, Node r) { this.l = l; this.r = r; } int eval() { return l.eval() + r.eval(); } }
    static class Mul extends Node { final Node l, r; Mul(Node l, Node r) { this.l = l; this.r = r; } int eval() { return l.eval() * r.eval(); } }
    static class NeverCreated extends Node { int eval() { return -1; } }
    public static void main(String[] args) {
        Node tree = new Add(new Mul(new Num(6), new Num(7)), new Add(new Num(1), new Mul(new Num(2), new Num(3))));
        System.out.println(tree.eval());
        Node single = new Num(5);
        System.out.println(single.eval());
    }
}
