/** printStackTrace() of a caught exception writes the trace to stderr and the program goes on. */
public class PrintStackTraceCaught {
    static void fail(int n) { if (n == 0) throw new IllegalStateException("reached zero"); fail(n - 1); }
    public static void main(String[] args) {
        try {
            fail(3);
        } catch (IllegalStateException e) {
            e.printStackTrace();
            System.out.println("trace has " + e.getStackTrace().length + " frames; top is "
                    + e.getStackTrace()[0].getMethodName() + " line " + e.getStackTrace()[0].getLineNumber());
        }
        System.out.println("still running");
    }
}
