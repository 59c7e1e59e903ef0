/** An exception thrown deep in recursion unwinds every frame to the handler, keeping its locals. */
public class ExceptionsAcrossFrames {
    static int depth;
    static void descend(int n, long[] trail) {
        depth = n;
        trail[n % trail.length] += n;
        if (n == 500) throw new IllegalStateException("bottom at " + n);
        descend(n + 1, trail);
        trail[0] = -1; // never reached
    }
    public static void main(String[] args) {
        long[] trail = new long[7];
        int local = 42;
        double d = 2.5;
        try {
            descend(0, trail);
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + " depth " + depth + " local " + local + " d " + d);
        }
        long sum = 0;
        for (long t : trail) sum += t;
        System.out.println(sum);
    }
}
