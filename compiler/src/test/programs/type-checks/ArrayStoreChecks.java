/** Storing into a covariant array checks the element type: ArrayStoreException names the stored class. */
public class ArrayStoreChecks {
    public static void main(String[] args) {
        Object[] strings = new String[2];
        strings[0] = "fine";
        strings[1] = null;
        try {
            strings[1] = new StringBuilder("no");
        } catch (ArrayStoreException e) {
            System.out.println("1: " + e);
        }
        Object[][] grid = new Integer[2][];
        try {
            grid[0] = new String[1];
        } catch (ArrayStoreException e) {
            System.out.println("2: " + e);
        }
        CharSequence[] sequences = new StringBuilder[1];
        try {
            sequences[0] = "a string";
        } catch (ArrayStoreException e) {
            System.out.println("3: " + e.getMessage());
        }
        Object[] objects = new Object[1];
        objects[0] = new int[3];
        System.out.println(strings[0] + " " + ((int[]) objects[0]).length);
        strings[0] = new int[0];
    }
}
