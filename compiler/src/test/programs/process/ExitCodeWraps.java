public class ExitCodeWraps {
    static int compute() {
        int v = 0;
        for (int i = 1; i <= 100; i++) {
            v += i % 7;
        }
        return v;
    }

    public static void main(String[] args) {
        int v = compute();
        System.out.println("computed " + v);
        int status = 256 + 42;
        System.out.println("exit status " + status + " is reported modulo 256 as " + (status & 0xFF));
        for (int i = 0; i < 5; i++) {
            System.out.println("line " + i);
        }
        if (v > 0) {
            System.exit(status);
        }
        System.out.println("never printed");
    }
}
