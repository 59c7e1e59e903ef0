import java.io.IOException;

/** System.in.read one byte at a time and into an array, to end of input. */
public class ReadBytes {
    public static void main(String[] args) throws IOException {
        int first = System.in.read();
        System.out.println("first byte " + first);
        byte[] buffer = new byte[4];
        int total = 1;
        int count;
        int chunks = 0;
        while ((count = System.in.read(buffer, 0, buffer.length)) != -1) {
            total += count;
            chunks++;
        }
        System.out.println(total + " bytes, " + (chunks > 0) + ", then " + System.in.read());
    }
}
