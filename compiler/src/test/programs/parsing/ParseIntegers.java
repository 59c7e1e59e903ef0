/** Integer.parseInt and friends: radixes, signs, limits, and the NumberFormatException messages. */
public class ParseIntegers {
    static void parse(String text, int radix) {
        try {
            System.out.println("parseInt(\"" + text + "\", " + radix + ") = " + Integer.parseInt(text, radix));
        } catch (NumberFormatException e) {
            System.out.println("NumberFormatException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        parse("0", 10);
        parse("-2147483648", 10);
        parse("2147483647", 10);
        parse("2147483648", 10);
        parse("+42", 10);
        parse("-", 10);
        parse("", 10);
        parse("12a", 10);
        parse("ff", 16);
        parse("-FF", 16);
        parse("zz", 36);
        parse("101", 2);
        parse("2", 2);
        parse("7", 40);
        parse(" 5", 10);
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println("null: " + e.getMessage());
        }
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.valueOf("-17")
                + " " + Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16));
        try {
            Byte.parseByte("128");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-#10") + " " + Integer.decode("010")
                + " " + Long.decode("0X7fffffffffffffff"));
    }
}
