import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

/** Empty standard input: every reader and the raw stream report end of input at once, repeatedly. */
public class EmptyStandardInput {
    public static void main(String[] args) throws IOException {
        System.out.println("available " + System.in.available());
        System.out.println("read " + System.in.read() + " again " + System.in.read());
        byte[] buf = new byte[8];
        System.out.println("read(buf) " + System.in.read(buf) + " read(buf,0,0) " + System.in.read(buf, 0, 0));
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        System.out.println("readLine " + reader.readLine() + " ready " + reader.ready());
        System.out.println("read char " + reader.read());
        int lines = 0;
        String line;
        while ((line = reader.readLine()) != null) lines++;
        System.out.println("lines " + lines + " " + (line == null));
        System.out.println("lines() count " + reader.lines().count());
    }
}
