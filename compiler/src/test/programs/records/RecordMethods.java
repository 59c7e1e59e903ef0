/** Records: toString, equals and hashCode as java.lang.runtime.ObjectMethods computes them, for every component type. */
public class RecordMethods {
    record Point(int x, int y) {
    }

    record Everything(boolean flag, byte b, short s, char c, int i, long l, float f, double d, String text, int[] array) {
    }

    record Empty() {
    }

    record Named(String name, Point where) {
        Named {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("empty name");
            }
        }

        String describe() {
            return name + " at " + where.x() + "," + where.y();
        }
    }

    public static void main(String[] args) {
        Point p = new Point(3, -4);
        System.out.println(p);
        System.out.println(p.hashCode() + " " + p.equals(new Point(3, -4)) + " " + p.equals(new Point(4, 3))
                + " " + p.equals(null) + " " + p.equals("Point[x=3, y=-4]"));
        int[] array = {1, 2};
        Everything e = new Everything(true, (byte) -7, (short) 300, 'q', 42, 1L << 40, 1.5f, -0.25, "text", array);
        Everything same = new Everything(true, (byte) -7, (short) 300, 'q', 42, 1L << 40, 1.5f, -0.25, "text", array);
        String text = e.toString();
        System.out.println(text.substring(0, text.indexOf("array=") + 6) + " array's own toString: "
                + text.endsWith(array.toString() + "]"));
        System.out.println((e.hashCode() == same.hashCode()) + " " + e.equals(same));
        System.out.println(new Everything(false, (byte) 0, (short) 0, '\0', 0, 0, 0f, 0d, null, null).hashCode());
        System.out.println(new Everything(false, (byte) 0, (short) 0, 'a', 0, 0, Float.NaN, Double.NaN, null, null)
                .equals(new Everything(false, (byte) 0, (short) 0, 'a', 0, 0, Float.NaN, Double.NaN, null, null)));
        System.out.println(new Everything(false, (byte) 0, (short) 0, 'a', 0, 0, 0.0f, 0.0, null, null)
                .equals(new Everything(false, (byte) 0, (short) 0, 'a', 0, 0, -0.0f, 0.0, null, null)));
        System.out.println(new Everything(true, (byte) 1, (short) 2, 'z', 3, -5L, -1.75f, 1e300, "x", null).hashCode());
        System.out.println(new Empty() + " " + new Empty().hashCode() + " " + new Empty().equals(new Empty()));
        Named named = new Named("home", p);
        System.out.println(named + " " + named.describe() + " " + named.hashCode());
        try {
            new Named("", p);
        } catch (IllegalArgumentException ex) {
            System.out.println("rejected: " + ex.getMessage());
        }
    }
}
