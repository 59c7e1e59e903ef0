/** Static initializers run in textual order; a field read before its initializer sees the default. */
public class StaticInitializerOrder {
    static int a = next("a");
    static int early = StaticInitializerOrder.late + 1;
    static int late = next("late");
    static final String TEXT;
    static { TEXT = "set in block " + a; }
    static int counter;
    static int next(String name) { counter++; System.out.println("init " + name + " -> " + counter); return counter * 10; }
    public static void main(String[] args) {
        System.out.println(a + " " + early + " " + late + " " + TEXT + " " + counter);
    }
}
