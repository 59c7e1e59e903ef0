import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;

/** Charset lookup by canonical name and alias (the standard provider's tables), encoding through names, and the errors for bad names. */
public class CharsetNamesAndAliases {
    public static void main(String[] args) throws Exception {
        String[] names = {"UTF-8", "utf8", "UTF8", "unicode-1-1-utf-8", "US-ASCII", "ascii", "ANSI_X3.4-1968", "646",
                "iso646-us", "ISO-8859-1", "latin1", "ISO8859_1", "l1", "cp819", "UTF-16", "utf16", "UTF-16BE",
                "X-UTF-16BE", "UnicodeBigUnmarked", "UTF-16LE", "UnicodeLittleUnmarked", "Utf-16le"};
        for (String name : names) {
            Charset charset = Charset.forName(name);
            System.out.println(name + " -> " + charset.name() + " (same as standard: "
                    + (charset == standard(charset.name())) + ", aliases include it: "
                    + (charset.name().equals(name) || charset.aliases().contains(name)) + ")");
        }
        System.out.println("isSupported(utf8): " + Charset.isSupported("utf8"));
        System.out.println("isSupported(no-such-charset): " + Charset.isSupported("no-such-charset"));
        System.out.println(Arrays.toString("h\u00e9llo".getBytes("latin1")));
        System.out.println(Arrays.toString("h\u00e9llo".getBytes("UnicodeBigUnmarked")));
        System.out.println(Arrays.toString("h\u00e9llo".getBytes("utf8")));
        System.out.println(new String(new byte[] {104, 0, -23, 0}, "UTF-16LE"));
        try {
            Charset.forName("no-such-charset");
        } catch (UnsupportedCharsetException e) {
            System.out.println("UnsupportedCharsetException: " + e.getMessage());
        }
        try {
            Charset.forName("bad name!");
        } catch (IllegalCharsetNameException e) {
            System.out.println("IllegalCharsetNameException: " + e.getMessage());
        }
        try {
            "x".getBytes("no-such-charset");
        } catch (java.io.UnsupportedEncodingException e) {
            System.out.println("UnsupportedEncodingException: " + e.getMessage());
        }
        System.out.println("default is UTF-8: " + Charset.defaultCharset().equals(StandardCharsets.UTF_8));
    }

    private static Charset standard(String name) {
        switch (name) {
            case "UTF-8": return StandardCharsets.UTF_8;
            case "US-ASCII": return StandardCharsets.US_ASCII;
            case "ISO-8859-1": return StandardCharsets.ISO_8859_1;
            case "UTF-16": return StandardCharsets.UTF_16;
            case "UTF-16BE": return StandardCharsets.UTF_16BE;
            case "UTF-16LE": return StandardCharsets.UTF_16LE;
            default: return null;
        }
    }
}
