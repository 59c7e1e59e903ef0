/** A throwing static initializer: ExceptionInInitializerError, then NoClassDefFoundError with HotSpot 17's cause. */
public class InitializerFailure {
    static class Bad { static int value = compute(); static int compute() { if (true) throw new IllegalStateException("boom in init"); return 1; } }
    static class Child extends Bad { static int x = 5; }
    public static void main(String[] args) {
        try { System.out.println(Bad.value); } catch (ExceptionInInitializerError e) { System.out.println("1: " + e + " cause " + e.getCause()); }
        try { System.out.println(Bad.value); } catch (NoClassDefFoundError e) { System.out.println("2: " + e.getMessage()); }
        try { System.out.println(Child.x); } catch (NoClassDefFoundError e) { System.out.println("3: " + e.getMessage()); }
        System.out.println(Bad.value);
    }
}
