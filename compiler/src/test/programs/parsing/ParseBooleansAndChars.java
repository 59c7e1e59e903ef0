/** Boolean parsing, Character conversions and digits in radixes, Short and Byte decoding, and parsing with CharSequence ranges. */
public class ParseBooleansAndChars {
    public static void main(String[] args) {
        for (String text : new String[] {"true", "TRUE", "True", "yes", "", null, "false"}) {
            System.out.print(Boolean.parseBoolean(text) + " ");
        }
        System.out.println();
        System.out.println(Character.digit('7', 8) + " " + Character.digit('8', 8) + " " + Character.digit('Z', 36)
                + " " + Character.forDigit(35, 36) + " " + Character.isDigit('٣') + " " + Character.getNumericValue('٣'));
        System.out.println(Short.decode("-0x7fff") + " " + Byte.decode("#7f") + " " + Integer.parseInt("xx123yy", 2, 5, 10)
                + " " + Long.parseLong("ABCDEF", 0, 6, 16) + " " + Integer.parseInt("١٢٣"));
        try {
            Short.decode("40000");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Integer.parseInt("12", 1, 5, 10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName());
        }
    }
}
