/** getMessage, getLocalizedMessage, toString, getCause, initCause and fillInStackTrace. */
public class ExceptionMethods {
    public static void main(String[] args) {
        Exception plain = new Exception();
        Exception withMessage = new Exception("message");
        RuntimeException wrapped = new RuntimeException("outer", withMessage);
        System.out.println(plain.getMessage() + " | " + plain + " | " + withMessage.getLocalizedMessage());
        System.out.println(wrapped + " | " + wrapped.getCause());
        IllegalStateException late = new IllegalStateException("late");
        late.initCause(plain);
        System.out.println(late.getCause() == plain);
        try {
            late.initCause(withMessage);
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getMessage());
        }
        System.out.println(new Error("e").fillInStackTrace().getMessage());
        System.out.println(new ArithmeticException().getMessage() + " " + new Throwable("t"));
    }
}
