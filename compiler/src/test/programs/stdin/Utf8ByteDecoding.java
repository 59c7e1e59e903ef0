import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;

/** System.in.read() byte by byte over UTF-8 text: sequences decoded by hand, compared with new String(bytes, UTF_8). */
public class Utf8ByteDecoding {
    public static void main(String[] args) throws IOException {
        InputStream in = System.in;
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        int[] byLength = new int[5];
        StringBuilder decoded = new StringBuilder();
        int b;
        int lines = 0;
        while ((b = in.read()) != -1) {
            all.write(b);
            int len, cp;
            if (b < 0x80) { len = 1; cp = b; }
            else if (b >= 0xF0) { len = 4; cp = b & 0x07; }
            else if (b >= 0xE0) { len = 3; cp = b & 0x0F; }
            else { len = 2; cp = b & 0x1F; }
            for (int i = 1; i < len; i++) {
                int next = in.read();
                all.write(next);
                cp = (cp << 6) | (next & 0x3F);
            }
            byLength[len]++;
            decoded.appendCodePoint(cp);
            if (cp == '\n') lines++;
            if (len > 1) System.out.print(String.format("U+%04X(%d) ", cp, len));
        }
        System.out.println();
        byte[] bytes = all.toByteArray();
        String viaJdk = new String(bytes, StandardCharsets.UTF_8);
        System.out.println("bytes " + bytes.length + ", lines " + lines + ", 1/2/3/4-byte " + byLength[1] + "/" + byLength[2] + "/"
                + byLength[3] + "/" + byLength[4]);
        System.out.println("same as JDK decoding: " + viaJdk.equals(decoded.toString()) + ", chars " + viaJdk.length()
                + ", code points " + viaJdk.codePointCount(0, viaJdk.length()));
        System.out.print(decoded.toString().toUpperCase());
        System.out.println("read after end: " + in.read() + " " + in.read(new byte[4]));
    }
}
