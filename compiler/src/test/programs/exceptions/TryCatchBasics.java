/** A thrown exception reaches the first matching catch; code after the throw does not run. */
public class TryCatchBasics {
    public static void main(String[] args) {
        try {
            System.out.println("before");
            if (args.length == 0) throw new IllegalArgumentException("no arguments");
            System.out.println("not printed");
        } catch (IllegalStateException e) {
            System.out.println("wrong handler");
        } catch (IllegalArgumentException e) {
            System.out.println("caught: " + e.getMessage());
        }
        System.out.println("after");
    }
}
