/** Runtime.halt from inside try/finally in a nested call: nothing after it runs, partial lines on both streams survive. */
public class HaltSkipsFinally {
    static int work(int n) {
        try {
            if (n == 3) {
                System.out.print("halting at " + n + " without newline");
                System.err.print("stderr partial");
                Runtime.getRuntime().halt(9);
            }
            return n + work(n + 1);
        } finally {
            System.out.println("finally " + n + " must not run");
        }
    }

    public static void main(String[] args) {
        int total = 0;
        for (int i = 0; i < 3; i++) {
            try {
                total += i;
            } finally {
                System.out.println("ordinary finally " + i + " total " + total);
            }
        }
        System.err.println("stderr line before halt");
        System.out.println(work(0));
    }
}
