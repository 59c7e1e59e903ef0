/** An interface's non-constant field initializes the interface on first access, not its implementors. */
public class InterfaceInitialization {
    static String log = "";
    static int mark(String s) { log += s + " "; return s.length(); }
    interface Config { int SIZE = mark("Config"); }
    static class Impl implements Config { static { mark("Impl"); } }
    public static void main(String[] args) {
        new Impl();
        System.out.println("after new Impl: " + log);
        System.out.println(Config.SIZE + " after SIZE: " + log);
    }
}
