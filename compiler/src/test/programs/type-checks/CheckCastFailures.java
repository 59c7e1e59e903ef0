/** A failing checkcast throws ClassCastException with HotSpot's message, for classes, arrays and interfaces. */
public class CheckCastFailures {
    interface Marker { }
    static class Impl implements Marker { }
    public static void main(String[] args) {
        Object[] values = { "text", new int[2], new Impl(), new Object[0], new StringBuilder() };
        for (Object v : values) {
            try {
                Marker m = (Marker) v;
                System.out.println("Marker ok " + (m != null));
            } catch (ClassCastException e) {
                System.out.println(e.getMessage());
            }
            try {
                String[] s = (String[]) v;
                System.out.println("String[] ok " + s.length);
            } catch (ClassCastException e) {
                System.out.println(e.getMessage());
            }
        }
        Object n = null;
        String s = (String) n;
        System.out.println("null casts to anything: " + s);
    }
}
