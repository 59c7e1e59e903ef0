/** The value a return computes is kept when finally changes the variable afterwards. */
public class TryFinallyReturnValues {
    static int value() { int x = 1; try { return x; } finally { x = 2; } }
    static int[] array() { int[] a = {1}; try { return a; } finally { a[0] = 2; } }
    static String nested() {
        StringBuilder log = new StringBuilder();
        try { try { log.append('a'); return log.append('b').toString(); } finally { log.append('c'); } } finally { log.append('d'); }
    }
    public static void main(String[] args) {
        System.out.println(value() + " " + array()[0] + " " + nested());
    }
}
