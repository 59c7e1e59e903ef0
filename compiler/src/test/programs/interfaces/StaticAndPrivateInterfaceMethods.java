/** Interfaces may have static methods and private helper methods. */
public class StaticAndPrivateInterfaceMethods {
    interface Scale {
        double factor();
        default double apply(double x) { return round(x * factor()); }
        private double round(double x) { return Math.floor(x * 100 + 0.5) / 100; }
    }
    static class Double implements Scale { public double factor() { return 2; } }
    static int twice(int x) { return Helper.twice(x); }
    interface Helper { static int twice(int x) { return 2 * x; } }
    public static void main(String[] args) {
        System.out.println(new Double().apply(1.23456));
        System.out.println(twice(21));
    }
}
