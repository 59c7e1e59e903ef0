/** The exceptions the JVM throws by itself are real objects with HotSpot's messages. */
public class ImplicitExceptionsCaught {
    public static void main(String[] args) {
        int zero = args.length;
        int[] small = new int[2];
        Object text = "text";
        Object[] strings = new String[1];
        String nothing = null;
        for (int i = 0; i < 6; i++) {
            try {
                switch (i) {
                    case 0 -> System.out.println(10 / zero);
                    case 1 -> System.out.println(small[2]);
                    case 2 -> System.out.println((Integer) text);
                    case 3 -> strings[0] = new Object();
                    case 4 -> System.out.println(new int[zero - 3].length);
                    default -> System.out.println(nothing.length());
                }
            } catch (RuntimeException e) {
                System.out.println(e.getClass().getName() + ": " + (i == 5 ? "(helpful message)" : e.getMessage()));
            }
        }
        System.out.println(10L % Math.max(1, zero));
    }
}
