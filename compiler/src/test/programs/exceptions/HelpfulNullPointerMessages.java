import java.util.*;
/** JEP 358: HotSpot's helpful NullPointerException messages for each kind of dereference and null origin. */
public class HelpfulNullPointerMessages {
    String name; HelpfulNullPointerMessages next; int[] data; static HelpfulNullPointerMessages root; Object[] objs;
    int count() { return 1; }
    static String text() { return null; }
    static HelpfulNullPointerMessages make() { return null; }
    static void t(int i, String s, HelpfulNullPointerMessages n, HelpfulNullPointerMessages nul, int[] a, List<String> list, long[][] grid, String[] args) {
        try {
            switch (i) {
                case 0 -> s.length();
                case 1 -> nul.count();
                case 2 -> System.out.println(n.name.length());
                case 3 -> System.out.println(n.next.name);
                case 4 -> n.next.name = "x";
                case 5 -> System.out.println(a[0]);
                case 6 -> a[1] = 3;
                case 7 -> System.out.println(a.length);
                case 8 -> list.size();
                case 9 -> System.out.println(root.name);
                case 10 -> System.out.println(text().length());
                case 11 -> System.out.println(make().next);
                case 12 -> System.out.println(grid[1][0]);
                case 13 -> System.out.println(n.data[2]);
                case 14 -> { synchronized (nul) { System.out.println(); } }
                case 15 -> { throw null; }
                case 16 -> System.out.println(n.objs[0]);
                case 17 -> System.out.println(s.concat("x"));
                case 18 -> System.out.println(((String) null).isEmpty());
                default -> System.out.println(n.next.next.name);
            }
        } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    }
    public static void main(String[] args) {
        for (int i = 0; i < 20; i++) t(i, null, new HelpfulNullPointerMessages(), null, null, null, new long[2][], args);
    }
}
