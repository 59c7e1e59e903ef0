/** System.exit deep inside try/finally and a lambda: no finally or catch runs afterwards; the status is kept. */
public class ExitInsideFinally {
    static int depth;

    static void descend(int n) {
        try {
            depth++;
            if (n == 0) {
                System.out.println("exiting at depth " + depth);
                System.err.println("stderr before exit");
                Runnable r = () -> {
                    try {
                        System.exit(7);
                    } finally {
                        System.out.println("lambda finally must not run");
                    }
                };
                r.run();
                System.out.println("after exit must not run");
            }
            descend(n - 1);
        } catch (Throwable t) {
            System.out.println("catch must not run " + t);
        } finally {
            System.out.println("finally must not run at " + n);
        }
    }

    public static void main(String[] args) {
        try {
            System.out.println("start");
        } finally {
            System.out.println("ordinary finally runs");
        }
        for (int i = 0; i < 3; i++) {
            try {
                if (i == 1) continue;
                System.out.println("loop " + i);
            } finally {
                System.out.println("loop finally " + i);
            }
        }
        System.out.print("partial line without newline; ");
        descend(4);
        System.out.println("end of main must not run");
    }
}
