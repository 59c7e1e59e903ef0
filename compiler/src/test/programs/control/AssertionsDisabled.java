public class AssertionsDisabled {
    static int calls;

    static boolean sideEffect() {
        calls++;
        return false;
    }

    static double checkedSqrt(double x) {
        assert x >= 0 : "negative input " + x;
        return Math.sqrt(x);
    }

    public static void main(String[] args) {
        assert false : "assertions are disabled by default";
        assert sideEffect();
        System.out.println(checkedSqrt(-4) + " " + checkedSqrt(16) + " calls " + calls);
        for (int i = 0; i < 3; i++) {
            assert i < 0;
            System.out.println("loop " + i);
        }
    }
}
