/** instanceof on interfaces, including inherited and superinterfaces. */
public class InstanceOfInterfaces {
    interface I { } interface J extends I { } interface K { }
    static class P implements J { } static class Q extends P implements K { } static class R { }
    public static void main(String[] args) {
        Object[] values = { new P(), new Q(), new R(), new Q[0], "x" };
        for (Object v : values) {
            System.out.println((v instanceof I) + " " + (v instanceof J) + " " + (v instanceof K)
                    + " " + (v instanceof Comparable) + " " + (v instanceof CharSequence));
        }
    }
}
