/** One catch clause for several unrelated exception types. */
public class MultiCatch {
    static Object make(int i) {
        if (i == 0) return "text";
        if (i == 1) throw new ArithmeticException("arith");
        if (i == 2) throw new NegativeArraySizeException("-5");
        return new int[i];
    }
    public static void main(String[] args) {
        for (int i = 0; i < 4; i++) {
            try {
                Object o = make(i);
                String s = (String) o;
                System.out.println("got " + s);
            } catch (ArithmeticException | NegativeArraySizeException e) {
                System.out.println("numeric problem: " + e);
            } catch (ClassCastException e) {
                System.out.println("cast problem");
            }
        }
    }
}
