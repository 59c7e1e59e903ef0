/** JLS 5.1.7: the boxing caches. Values in -128..127 box to one object; others to new objects. */
public class BoxingCaches {
    static Integer box(int value) {
        return value;
    }

    public static void main(String[] args) {
        for (int value : new int[] {-129, -128, 0, 42, 127, 128, 1000}) {
            Integer a = box(value);
            Integer b = box(value);
            System.out.println("Integer " + value + " same object: " + (a == b) + ", equal: " + a.equals(b));
        }
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        System.out.println("Long 127: " + (l1 == l2) + ", Long 128: " + (l3 == l4));
        Short s1 = (short) -128, s2 = (short) -128;
        System.out.println("Short -128: " + (s1 == s2));
        Byte b1 = (byte) -1, b2 = (byte) -1;
        System.out.println("Byte -1: " + (b1 == b2));
        Character c1 = 'x', c2 = 'x', c3 = '\u0100', c4 = '\u0100';
        System.out.println("Character x: " + (c1 == c2) + ", Character \\u0100 equal: " + c3.equals(c4));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println("Boolean: " + (t1 == t2) + " " + (Boolean.FALSE == Boolean.valueOf(false)));
        Integer parsed = Integer.valueOf("77");
        System.out.println("valueOf(\"77\") cached: " + (parsed == Integer.valueOf(77)));
    }
}
