import java.util.ArrayList;
import java.util.List;

/** Unboxing in conditionals (JLS 15.25 binary numeric promotion), nulls in collections, and boxed loop counters. */
public class BoxedNullsAndConditionals {
    static Integer maybe(boolean present) {
        return present ? 7 : null;
    }

    public static void main(String[] args) {
        Integer a = maybe(true);
        Object mixed = true ? 1 : 2.0;
        System.out.println(a + " " + mixed + " " + mixed.getClass().getSimpleName());
        Long total = 0L;
        for (Integer i = 0; i < 5; i++) {
            total += i;
        }
        System.out.println(total);
        List<Integer> list = new ArrayList<>();
        list.add(3);
        list.add(null);
        list.add(-3);
        System.out.println(list + " " + list.contains(null) + " " + list.indexOf(-3));
        try {
            int sum = 0;
            for (int value : list) {
                sum += value;
            }
            System.out.println(sum);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        try {
            Integer value = maybe(false);
            System.out.println(value == 7 ? "seven" : "other");
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        Character c = 'q';
        Short s = 12;
        Byte b = -3;
        Float f = 1.25f;
        System.out.println((c + s + b) + " " + (f * 2) + " " + (s > b) + " " + c.compareTo('z'));
    }
}
