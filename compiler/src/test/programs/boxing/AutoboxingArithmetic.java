/** Unboxing in arithmetic, compound assignment, increments, conditionals and a null unboxing. */
public class AutoboxingArithmetic {
    static Integer counter = 0;

    static int unbox(Integer value) {
        return value;
    }

    public static void main(String[] args) {
        Integer a = 40;
        Integer b = 2;
        Integer sum = a + b;
        a += 10;
        b++;
        counter++;
        counter *= 5;
        System.out.println(sum + " " + a + " " + b + " " + counter);
        Double d = 1.5;
        d = d * 2 + a;
        Long big = Long.MAX_VALUE - 1;
        big++;
        System.out.println(d + " " + big + " " + (big == Long.MAX_VALUE));
        Character c = 'a';
        c++;
        int shifted = c + 1;
        System.out.println(c + " " + shifted);
        Object o = 3.25f;
        System.out.println(o.getClass().getName() + " " + o);
        boolean flag = true;
        Integer choice = flag ? 7 : null;
        System.out.println("choice " + choice);
        try {
            System.out.println(unbox(null));
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        Integer missing = null;
        try {
            int value = missing;
            System.out.println(value);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
    }
}
