/** catch (Throwable) and catch (Error) catch errors as well as exceptions. */
public class CatchErrorAndThrowable {
    static void thrower(int kind) throws Throwable {
        switch (kind) {
            case 0 -> throw new OutOfMemoryError("pretend");
            case 1 -> throw new AssertionError("assertion");
            case 2 -> throw new Exception("checked");
            default -> throw new Throwable("raw throwable");
        }
    }
    public static void main(String[] args) {
        for (int k = 0; k < 4; k++) {
            try {
                thrower(k);
            } catch (Error e) {
                System.out.println("error " + e);
            } catch (Throwable t) {
                System.out.println("throwable " + t);
            }
        }
    }
}
