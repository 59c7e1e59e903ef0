/** Values of locals assigned before the throw are seen in the handler; later assignments are not. */
public class LocalsSurviveCatch {
    static int risky(int x) { if (x > 2) throw new RuntimeException("x=" + x); return x * 10; }
    public static void main(String[] args) {
        int a = 1, b = 0;
        long total = 0;
        String stage = "start";
        for (int i = 0; i < 5; i++) {
            try {
                stage = "calling " + i;
                b = risky(i);
                total += b;
                stage = "done " + i;
            } catch (RuntimeException e) {
                System.out.println(e.getMessage() + " in " + stage + " b=" + b + " total=" + total + " a=" + a);
                a++;
            }
        }
        System.out.println(stage + " " + a + " " + b + " " + total);
    }
}
