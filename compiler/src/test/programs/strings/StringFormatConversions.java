/** Formatter details: %e/%g/%f rounding (HALF_UP on the decimal value), widths, flags, %x/%o of negatives, %h, %b, %c. */
public class StringFormatConversions {
    public static void main(String[] args) {
        double[] values = {0.0, -0.0, 1.0, 0.05, 0.15, 0.25, 2.5, 1234.5678, -9.87654e-5, 6.02214076e23, Double.MIN_VALUE};
        for (double v : values) {
            System.out.println(String.format("%e|%.0e|%12.3E|%.1f|%08.3f|%-10.2f|%g|%.3g", v, v, v, v, v, v, v, v));
        }
        System.out.println(String.format("%f %e %g %.2f", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1.0 / 0));
        System.out.println(String.format("%8.1f|%+.2f|% .2f|%(.2f|%(.2f", Math.E, Math.PI, Math.PI, -Math.PI, Math.PI));
        System.out.println(String.format("%x %X %o %x %o", -1, -255, -8, Long.MIN_VALUE, -1L));
        System.out.println(String.format("%#x %#o %08X %-8x| %x", 255, 8, 0xBEEF, 0xCAFE, (byte) -2));
        System.out.println(String.format("%10s|%-10s|%.2s|%10.3s|%s", "right", "left", "cut", "trim", null));
        System.out.println(String.format("%b %b %b %B %5b|", null, "false", 0, true, false));
        System.out.println(String.format("%c %c %C %c %-3c|", 'a', 0x1F600, 'q', (int) 'Z', 'x'));
        System.out.println(String.format("%h %h %H", "hi", 42, "hi"));
        System.out.println(String.format("%5d|%-5d|%05d|%+5d|% d|%(d|%d", -42, -42, -42, 42, 42, -42, Integer.MIN_VALUE));
        System.out.println(String.format("%3$s %1$s %2$s %1$s %<s %s %s", "a", "b", "c"));
        System.out.println(String.format("%.3f %.10f %.0f %.0f %.0f %.0f", 1.0005, 0.1, 0.5, 1.5, 2.5, -0.5));
        System.out.println(String.format("[%-6b][%6c][%-4s]", true, 'k', 12));
        try {
            String.format("%5.2d", 3);
        } catch (java.util.IllegalFormatPrecisionException e) {
            System.out.println("precision: " + e.getMessage());
        }
        try {
            String.format("%s %s", "only one");
        } catch (java.util.MissingFormatArgumentException e) {
            System.out.println("missing: " + e.getMessage());
        }
        try {
            String.format("%-d", 3);
        } catch (java.util.MissingFormatWidthException e) {
            System.out.println("width: " + e.getMessage());
        }
    }
}
