/** Long parsing, unsigned arithmetic and the unsigned string forms. */
public class ParseLongsAndUnsigned {
    public static void main(String[] args) {
        System.out.println(Long.parseLong("-9223372036854775808") + " " + Long.parseLong("777", 8));
        System.out.println(Long.parseUnsignedLong("18446744073709551615") + " "
                + Long.toUnsignedString(-1L) + " " + Long.toUnsignedString(-2L, 16));
        System.out.println(Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10) + " "
                + Integer.divideUnsigned(-1, 3) + " " + Integer.toUnsignedString(-5) + " " + Integer.toUnsignedLong(-1));
        try {
            Long.parseLong("9223372036854775808");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Long.parseUnsignedLong("-1");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Long.valueOf("123456789012") + " " + Long.parseLong("zzzzzz", 36));
    }
}
