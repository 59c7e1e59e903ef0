/** System.arraycopy's checks and messages, as HotSpot 17 words them. */
public class ArrayCopyErrors {
    static void attempt(Object src, int srcPos, Object dest, int destPos, int length) {
        try {
            System.arraycopy(src, srcPos, dest, destPos, length);
            System.out.println("copied");
        } catch (RuntimeException e) {
            System.out.println(e);
        }
    }
    public static void main(String[] args) {
        int[] ints = new int[5];
        long[] longs = new long[5];
        Object[] objects = {"a", "b", "c", new StringBuilder("d")};
        String[] strings = new String[4];
        attempt(ints, 0, longs, 0, 1);
        attempt(ints, -1, ints, 0, 1);
        attempt(ints, 3, ints, 0, 4);
        attempt(ints, 0, ints, 4, 2);
        attempt(ints, 0, ints, 0, -1);
        attempt("text", 0, ints, 0, 1);
        attempt(ints, 0, "text", 0, 1);
        attempt(objects, 0, strings, 0, 4);
        attempt(ints, 0, objects, 0, 1);
        attempt(objects, 0, ints, 0, 1);
        attempt(null, 0, ints, 0, 1);
        attempt(strings, 0, objects, 1, 3);
        System.out.println(strings[0] + strings[1] + strings[2] + " " + strings[3] + " " + objects[1]);
        int[] overlap = {1, 2, 3, 4, 5, 6, 7, 8};
        System.arraycopy(overlap, 0, overlap, 2, 6);
        StringBuilder sb = new StringBuilder();
        for (int v : overlap) sb.append(v);
        System.arraycopy(overlap, 3, overlap, 0, 5);
        sb.append(' ');
        for (int v : overlap) sb.append(v);
        System.out.println(sb);
    }
}
