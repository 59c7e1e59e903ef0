/** Creating an instance initializes the class once; later creations do not re-run the initializer. */
public class StaticInitOnInstanceCreation {
    static class Counted {
        static int instances;
        static final String KIND;
        static { KIND = "counted"; System.out.println("initializing Counted"); }
        Counted() { instances++; }
    }
    public static void main(String[] args) {
        System.out.println("before");
        for (int i = 0; i < 3; i++) new Counted();
        System.out.println(Counted.instances + " " + Counted.KIND);
    }
}
