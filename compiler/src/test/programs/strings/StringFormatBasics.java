/** String.format with the common conversions (no grouping, no dates): decimal, hex, strings, chars, floats, widths, flags. */
public class StringFormatBasics {
    public static void main(String[] args) {
        System.out.println(String.format("%d|%5d|%-5d|%05d|%+d|%x|%X|%o", 42, 42, 42, 42, 42, 255, 255, 8));
        System.out.println(String.format("%s|%10s|%-10s|%.3s|%S|%c|%b|%%|%n", "text", "right", "left", "truncate",
                "upper", 'c', null).trim());
        System.out.println(String.format("%.2f|%8.3f|%e|%.0f|%g|%a", Math.PI, -2.5, 12345.678, 2.5, 0.0001, 1.0));
        System.out.println(String.format("%d %d %d", Long.MIN_VALUE, (byte) -1, (short) 300) + " " + "%s=%s".formatted("k", 1));
        System.out.println(String.format("%2$s %1$s %2$s", "a", "b") + " " + String.format("%08.3f", -3.14159));
        try {
            String.format("%d", "not a number");
        } catch (java.util.IllegalFormatConversionException e) {
            System.out.println(e.getMessage());
        }
    }
}
