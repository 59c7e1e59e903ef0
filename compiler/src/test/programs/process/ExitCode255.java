public class ExitCode255 {
    public static void main(String[] args) {
        int status = 0;
        for (int i = 1; i <= 8; i++) {
            status = (status << 1) | 1;
            System.out.println("status bit " + i + " -> " + status);
        }
        int remaining = 10;
        while (remaining > 0) {
            System.out.println("remaining " + remaining);
            if (remaining == 4) {
                System.out.print("exiting with " + status + " without a newline");
                System.exit(status);
            }
            remaining--;
        }
        System.out.println("never printed");
    }
}
