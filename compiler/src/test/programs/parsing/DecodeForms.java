/** Integer.decode and Long.decode: every prefix (0x, 0X, #, 0), signs, limits, and each malformed form's message. */
public class DecodeForms {
    static void decode(String s) {
        String i, l;
        try {
            i = String.valueOf(Integer.decode(s));
        } catch (NumberFormatException e) {
            i = "NFE(" + e.getMessage() + ")";
        } catch (NullPointerException e) {
            i = "NPE";
        }
        try {
            l = String.valueOf(Long.decode(s));
        } catch (NumberFormatException e) {
            l = "NFE(" + e.getMessage() + ")";
        } catch (NullPointerException e) {
            l = "NPE";
        }
        System.out.println((s == null ? "null" : "'" + s + "'") + " int=" + i + " long=" + l);
    }

    public static void main(String[] args) {
        String[] inputs = {"0", "00", "-0", "+0", "10", "010", "-010", "08", "0x10", "0X1f", "#ff", "-#FF", "+0x7fffffff",
                "0x80000000", "-0x80000000", "-2147483648", "2147483648", "0x7fffffffffffffff", "-0x8000000000000000",
                "0x8000000000000000", "01777777777777777777777", "0x", "#", "-", "+", "", "--5", "-+5", "0x-5", "0x+5", " 5",
                "5 ", "0b101", "1_000", "0xFFFFFFFF", null};
        for (String s : inputs) {
            decode(s);
        }
        System.out.println(Short.decode("#7fff") + " " + Byte.decode("-0200") + " " + Integer.decode("-0") + " "
                + (Integer.decode("0x7f") == Integer.valueOf(127)));
    }
}
