import java.util.Arrays;

/** System.arraycopy (overlapping, typed, failing), identityHashCode's stability, lineSeparator. */
public class ArrayCopyAndIdentity {
    public static void main(String[] args) {
        int[] numbers = {1, 2, 3, 4, 5, 6};
        System.arraycopy(numbers, 0, numbers, 2, 4);
        System.out.println(Arrays.toString(numbers));
        System.arraycopy(numbers, 2, numbers, 0, 4);
        System.out.println(Arrays.toString(numbers));
        Object[] objects = new Object[3];
        String[] strings = {"a", "b", "c"};
        System.arraycopy(strings, 0, objects, 0, 3);
        System.out.println(Arrays.toString(objects));
        try {
            System.arraycopy(objects, 0, new Integer[3], 0, 3);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException " + e.getMessage());
        }
        try {
            System.arraycopy(numbers, 4, numbers, 0, 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("ArrayIndexOutOfBoundsException " + e.getMessage());
        }
        try {
            System.arraycopy(numbers, 0, new long[6], 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException " + e.getMessage());
        }
        Object thing = new Object();
        System.out.println(System.identityHashCode(thing) == thing.hashCode());
        System.out.println(System.identityHashCode(thing) == System.identityHashCode(thing));
        System.out.println(System.identityHashCode(null));
        System.out.println(System.lineSeparator().length());
    }
}
