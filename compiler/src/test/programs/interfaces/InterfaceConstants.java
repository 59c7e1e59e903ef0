/** Interface fields are static constants, shared by implementing classes. */
public class InterfaceConstants {
    interface Limits { int MAX = 10; String UNIT = "kg"; long BIG = 1L << 40; }
    static class Scale implements Limits { String show(int v) { return Math.min(v, MAX) + UNIT; } }
    public static void main(String[] args) {
        Scale s = new Scale();
        System.out.println(s.show(3) + " " + s.show(30) + " " + Limits.BIG + " " + Scale.MAX);
    }
}
