import java.util.Arrays;

/** Arrays.equals and Arrays.mismatch from the JDK, which read arrays eight bytes at a time through Unsafe. */
public class ArraysEqualsAndMismatch {
    public static void main(String[] args) {
        int[] a = new int[37];
        int[] b = new int[37];
        for (int i = 0; i < a.length; i++) {
            a[i] = i * i;
            b[i] = i * i;
        }
        System.out.println(Arrays.equals(a, b) + " " + Arrays.mismatch(a, b));
        b[29] = -1;
        System.out.println(Arrays.equals(a, b) + " " + Arrays.mismatch(a, b));
        long[] c = {1, 2, 3};
        long[] d = {1, 2};
        System.out.println(Arrays.equals(c, d) + " " + Arrays.mismatch(c, d));
        byte[] e = new byte[19];
        byte[] f = new byte[19];
        for (int i = 0; i < e.length; i++) {
            e[i] = (byte) (i * 7);
            f[i] = (byte) (i == 17 ? 1 : i * 7);
        }
        System.out.println(Arrays.mismatch(e, f) + " " + Arrays.equals(e, e.clone()));
        char[] g = {'o', 's', '2', 'j'};
        System.out.println(Arrays.equals(g, new char[] {'o', 's', '2', 'j'}) + " " + Arrays.equals(g, null));
    }
}
