/** Local classes capture effectively final locals and parameters. */
public class LocalClasses {
    interface Counter { int next(); }
    static Counter from(int start, int step) {
        class Stepper implements Counter {
            int value = start;
            public int next() { int v = value; value += step; return v; }
        }
        return new Stepper();
    }
    public static void main(String[] args) {
        Counter c = from(10, 5);
        for (int i = 0; i < 4; i++) System.out.print(c.next() + " ");
        System.out.println();
        System.out.println(c.getClass().getName() + " " + c.getClass().getSimpleName());
    }
}
