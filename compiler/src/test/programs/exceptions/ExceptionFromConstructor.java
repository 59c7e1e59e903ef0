/** An exception thrown by a constructor leaves no object; the handler sees the values before it. */
public class ExceptionFromConstructor {
    static int built;
    static class Validated {
        final int value;
        Validated(int value) { if (value < 0) throw new IllegalArgumentException("negative: " + value); this.value = value; built++; }
    }
    public static void main(String[] args) {
        Validated last = null;
        int[] inputs = {4, -2, 7, -9};
        for (int v : inputs) {
            try {
                last = new Validated(v);
            } catch (IllegalArgumentException e) {
                System.out.println(e.getMessage() + "; last is " + (last == null ? "none" : String.valueOf(last.value)));
            }
        }
        System.out.println(built + " built, last " + last.value);
    }
}
