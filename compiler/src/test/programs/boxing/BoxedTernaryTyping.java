/** JLS 15.25 conditional typing with wrappers: unboxing to a primitive, promotion across types, NPEs from null. */
public class BoxedTernaryTyping {
    static Integer nothing() { return null; }

    static Integer field;

    static <T> T none() { return null; }

    static String kind(Object o) { return o.getClass().getSimpleName() + ":" + o; }

    public static void main(String[] args) {
        boolean yes = args.length == 0;
        Integer boxed = 7;
        Long bigBoxed = 8L;
        System.out.println(kind(yes ? boxed : bigBoxed));
        System.out.println(kind(yes ? 'a' : 0));
        System.out.println(kind(yes ? 'a' : boxed));
        System.out.println(kind(yes ? (short) 1 : 'b'));
        System.out.println(kind(yes ? 1 : 2.0f));
        System.out.println(kind(yes ? boxed : "string"));
        System.out.println(kind(!yes ? (Object) boxed : (Object) bigBoxed));
        Integer keep = yes ? null : boxed;
        System.out.println(keep == null);
        try {
            Integer x = yes ? nothing() : 0;
            System.out.println("no NPE " + x);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        try {
            long v = yes ? field : bigBoxed;
            System.out.println(v);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        Integer local = null;
        try {
            int sum = 1 + (yes ? local : 2);
            System.out.println(sum);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        Double dnull = none();
        try {
            double dd = dnull;
            System.out.println(dd);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        Boolean bnull = none();
        try {
            if (bnull) System.out.println("true?");
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        Character[] chars = new Character[2];
        try {
            char c = chars[1];
            System.out.println(c);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
    }
}
