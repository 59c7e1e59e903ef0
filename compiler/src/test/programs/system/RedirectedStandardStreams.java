import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** System.setOut/setErr to in-memory streams and back; PrintStream write/append/format/print of nulls and char arrays. */
public class RedirectedStandardStreams {
    public static void main(String[] args) {
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
        System.out.println("into memory");
        System.out.print(3.5);
        System.out.print('c');
        System.out.println((Object) null);
        System.out.printf("%s-%d%n", "fmt", 9).append("app").append("abcdef", 2, 4).append('!').println();
        System.out.write('W');
        System.out.write("é€".getBytes(StandardCharsets.UTF_8), 0, 5);
        System.out.println();
        System.err.println("error side");
        System.setOut(realOut);
        System.setErr(realErr);

        byte[] bytes = captured.toByteArray();
        System.out.println("captured " + bytes.length + " bytes:");
        System.out.print(captured.toString(StandardCharsets.UTF_8));
        System.out.println("captured err: " + capturedErr.toString(StandardCharsets.UTF_8).trim());

        System.out.print((String) null);
        System.out.print(' ');
        System.out.println(new char[] {'c', 'h', 'a', 'r', 's'});
        System.out.print(new char[0]);
        System.out.println(true);
        System.out.println(Long.MIN_VALUE);
        System.out.println(1.0f / 3);
        System.out.format("%5s|%-5s|%n", "ab", "cd");
        System.out.write(new byte[] {'o', 'k', '\n'}, 0, 3);
        System.out.flush();
        System.out.println("checkError " + System.out.checkError() + " same " + (System.out == realOut));
        System.err.print("err ");
        System.err.println(42);
        try {
            System.out.println(new char[0] == null ? "" : null);
            char[] none = null;
            System.out.println(none);
        } catch (NullPointerException e) {
            System.out.println("NPE printing null char[]");
        }
    }
}
