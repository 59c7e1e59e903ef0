/** Short and Byte parsing in radixes: range errors with their messages, valueOf caches, unsigned views, compare. */
public class ShortAndByteParsing {
    static void parseShort(String s, int radix) {
        try {
            System.out.println("short " + s + "/" + radix + " = " + Short.parseShort(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("short " + s + "/" + radix + " NFE: " + e.getMessage());
        }
    }

    static void parseByte(String s, int radix) {
        try {
            System.out.println("byte " + s + "/" + radix + " = " + Byte.parseByte(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("byte " + s + "/" + radix + " NFE: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        parseShort("32767", 10);
        parseShort("32768", 10);
        parseShort("-32768", 10);
        parseShort("-32769", 10);
        parseShort("7fff", 16);
        parseShort("-8000", 16);
        parseShort("8000", 16);
        parseShort("ffff", 16);
        parseShort("111111111111111", 2);
        parseShort("zz", 36);
        parseShort("40000", 10);
        parseShort("99999999999", 10);
        parseShort("12", 37);
        parseByte("127", 10);
        parseByte("128", 10);
        parseByte("-128", 10);
        parseByte("-80", 16);
        parseByte("80", 16);
        parseByte("-10000000", 2);
        parseByte("377", 8);
        parseByte("3w", 36);
        parseByte("", 10);
        parseByte("+", 10);
        parseByte("1", 1);
        Byte b1 = Byte.valueOf("-7"), b2 = Byte.valueOf((byte) -7);
        Short s1 = Short.valueOf("100"), s2 = Short.valueOf((short) 100), s3 = Short.valueOf("1000"), s4 = Short.valueOf("1000");
        System.out.println((b1 == b2) + " " + (s1 == s2) + " " + s3.equals(s4) + " " + Byte.valueOf("7f", 16) + " " + Short.valueOf("-zz", 36));
        System.out.println(Byte.toUnsignedInt((byte) -1) + " " + Byte.toUnsignedLong((byte) -128) + " " + Short.toUnsignedInt((short) -2)
                + " " + Short.toUnsignedLong(Short.MIN_VALUE) + " " + Short.reverseBytes((short) 0x1234));
        System.out.println(Short.compare((short) -5, (short) 5) + " " + Byte.compare((byte) 127, (byte) -128) + " "
                + Byte.compareUnsigned((byte) -1, (byte) 1) + " " + Short.compareUnsigned((short) 1, (short) -1) + " "
                + Byte.hashCode((byte) -3) + " " + Short.hashCode((short) -3) + " " + Byte.toString((byte) -99));
    }
}
