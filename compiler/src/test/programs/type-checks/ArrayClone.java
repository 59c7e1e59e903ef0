/** clone() of arrays copies elements (shallow for arrays of arrays). */
public class ArrayClone {
    public static void main(String[] args) {
        int[] a = {1, 2, 3};
        int[] b = a.clone();
        b[0] = 10;
        System.out.println(a[0] + " " + b[0] + " " + b.length + " " + (a != b));
        double[] d = {1.5, -0.0};
        System.out.println(d.clone()[1]);
        String[][] grid = {{"a", "b"}, {"c"}};
        String[][] copy = grid.clone();
        copy[1] = new String[] {"z"};
        copy[0][0] = "changed";
        System.out.println(grid[0][0] + " " + grid[1][0] + " " + copy[1][0] + " " + copy.getClass().getName());
        char[] empty = new char[0];
        System.out.println(empty.clone().length);
    }
}
