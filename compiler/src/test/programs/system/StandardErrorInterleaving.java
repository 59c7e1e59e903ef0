/** System.out and System.err written in turn, print without newline, printf, and System.exit from a nested call. */
public class StandardErrorInterleaving {
    static void finish(int status) {
        System.out.println("exiting with " + status);
        System.exit(status);
    }

    public static void main(String[] args) {
        System.out.print("out 1 ");
        System.err.println("err 1");
        System.out.println("out 2");
        System.err.print("err 2 ");
        System.err.printf("%s=%d%n", "answer", 42);
        System.out.printf("%5s|%-5s|%n", "r", "l");
        System.out.write('!');
        System.out.println();
        System.out.append("appended ").append('c').append("xyz", 1, 2).println();
        System.out.println((Object) null);
        System.out.println(new char[] {'c', 'h'});
        finish(5);
        System.out.println("not printed");
    }
}
