public class ExitCode42 {
    static int checksum;

    static void visit(int depth, int value) {
        checksum = checksum * 31 + value;
        if (depth == 6) {
            if (value == 42) {
                System.out.println("found 42 at depth " + depth + ", checksum " + checksum);
                System.exit(42);
            }
            return;
        }
        for (int i = 0; i < 3; i++) {
            visit(depth + 1, value + i * (depth + 1));
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 30; i++) {
            System.out.println("warming up " + i + " square " + i * i);
        }
        visit(0, 0);
        System.out.println("never printed");
    }
}
