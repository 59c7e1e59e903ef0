/** getStackTrace() elements name class, method, file and line as HotSpot does. */
public class GetStackTraceElements {
    static Throwable make() { return new Throwable("here"); }
    static Throwable viaHelper() { return make(); }
    public static void main(String[] args) {
        Throwable t = viaHelper();
        for (StackTraceElement e : t.getStackTrace()) {
            System.out.println(e.getClassName() + " " + e.getMethodName() + " " + e.getFileName() + " " + e.getLineNumber() + " | " + e);
        }
        StackTraceElement top = t.getStackTrace()[0];
        System.out.println(top.equals(t.getStackTrace()[0]) + " " + (top.hashCode() == t.getStackTrace()[0].hashCode()));
    }
}
