/** An uncaught NumberFormatException: the whole stack trace, frames inside the JDK included. */
public class UncaughtNumberFormat {
    static int read(String text) {
        return Integer.parseInt(text);
    }

    public static void main(String[] args) {
        System.out.println(read("12"));
        System.out.println(read("twelve"));
    }
}
