/** Exceptions made, thrown and caught (with their stack traces) while allocation collects. */
public class ExceptionsWhileAllocating {
    static int depth(int n, int[] counter) {
        int[] garbage = new int[64];
        counter[0] += garbage.length;
        if (n == 0) {
            throw new IllegalStateException("bottom " + counter[0]);
        }
        return depth(n - 1, counter) + 1;
    }

    public static void main(String[] args) {
        int[] counter = {0};
        int caught = 0;
        String last = null;
        for (int i = 0; i < 20_000; i++) {
            try {
                depth(i % 40, counter);
            } catch (IllegalStateException e) {
                caught++;
                last = e.getMessage() + " " + e.getStackTrace().length;
            }
        }
        System.out.println(caught + " " + last);
    }
}
