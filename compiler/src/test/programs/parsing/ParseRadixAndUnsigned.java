/** Parsing in radixes and as unsigned: parseInt/parseLong with radix, parseUnsignedInt, toString in radix. */
public class ParseRadixAndUnsigned {
    public static void main(String[] args) {
        System.out.println(Integer.parseInt("-ff", 16) + " " + Integer.parseInt("1010", 2) + " "
                + Integer.parseInt("zz", 36) + " " + Long.parseLong("7fffffffffffffff", 16));
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.toUnsignedString(-1) + " "
                + Long.toUnsignedString(-1L) + " " + Long.parseUnsignedLong("18446744073709551615"));
        System.out.println(Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Long.toString(35, 36)
                + " " + Integer.toOctalString(8) + " " + Integer.toBinaryString(-8));
        System.out.println(Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " "
                + Long.compareUnsigned(-1L, 1L));
        String[] bad = {"", "-", "+", "12a", "2147483648", "ff"};
        for (String input : bad) {
            try {
                System.out.println(Integer.parseInt(input));
            } catch (NumberFormatException e) {
                System.out.println(e.getMessage());
            }
        }
        try {
            Integer.parseInt("12", 40);
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
    }
}
