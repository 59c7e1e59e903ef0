/** JVMS 5.5: a class initializes at its first active use: new, static field access, static call. */
public class FirstActiveUse {
    static StringBuilder log = new StringBuilder();
    static class ByNew { static { log.append("[ByNew]"); } }
    static class ByStaticField { static int value = 5; static { log.append("[ByStaticField]"); } }
    static class ByStaticCall { static { log.append("[ByStaticCall]"); } static int call() { return 1; } }
    static class ByConstant { static final int CONSTANT = 42; static { log.append("[ByConstant]"); } }
    static class Unused { static { log.append("[Unused]"); } }
    public static void main(String[] args) {
        log.append("main;");
        System.out.println(ByConstant.CONSTANT + " " + log);
        Unused[] array = new Unused[3];
        System.out.println(array.length + " " + log);
        new ByNew();
        System.out.println(log);
        int v = ByStaticField.value;
        System.out.println(v + " " + log);
        ByStaticCall.call();
        ByStaticCall.call();
        System.out.println(log);
    }
}
