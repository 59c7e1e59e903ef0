/** A class that uses itself during initialization sees its own partially initialized statics. */
public class RecursiveInitialization {
    static class A { static int x = B.y + 1; static int seen; }
    static class B { static int y = observe(); static int observe() { A.seen = A.x; return 10; } }
    public static void main(String[] args) {
        System.out.println(A.x + " " + B.y + " " + A.seen);
    }
}
