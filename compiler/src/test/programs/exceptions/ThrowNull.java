/** throw null throws a NullPointerException. */
public class ThrowNull {
    public static void main(String[] args) {
        RuntimeException none = args.length > 5 ? new RuntimeException() : null;
        try {
            throw none;
        } catch (NullPointerException e) {
            System.out.println("caught " + e.getClass().getName());
        }
    }
}
