/** Hexadecimal floating-point: literals in source against Double.valueOf/Float.parseFloat of the same text, and toHexString. */
public class HexFloatLiterals {
    static void both(String text, double literal) {
        double parsed = Double.valueOf(text);
        System.out.println(text + " = " + parsed + " literal-equal=" + (Double.doubleToRawLongBits(parsed) == Double.doubleToRawLongBits(literal))
                + " hex=" + Double.toHexString(parsed));
    }

    static void floats(String text) {
        try {
            float f = Float.parseFloat(text);
            System.out.println("float " + text + " = " + f + " bits=" + Integer.toHexString(Float.floatToRawIntBits(f)) + " hex=" + Float.toString(f));
        } catch (NumberFormatException e) {
            System.out.println("float " + text + " NFE " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        both("0x1.8p3", 0x1.8p3);
        both("0x.8p1", 0x.8p1);
        both("0X1P-1074", 0X1P-1074);
        both("-0x1.fffffffffffffp1023", -0x1.fffffffffffffp1023);
        both("0x1p-1022", 0x1p-1022);
        both("0x0.0000000000001p-1022", 0x0.0000000000001p-1022);
        both("0x1.23456789abcdefp0", 0x1.23456789abcdefp0);
        both("0x10p-4", 0x10p-4);
        both("0x1.0000000000000ffp0", 0x1.0000000000000ffp0);
        both("0x1.00000000000008p0", 0x1.00000000000008p0);
        both("0x1.00000000000018p0", 0x1.00000000000018p0);
        both("0x1p1023d", 0x1p1023d);
        System.out.println(Double.valueOf("0x1p1024") + " " + Double.valueOf("-0x1p-1076") + " " + Double.valueOf("0x1p-1075")
                + " " + Double.valueOf("0x1.0000000000001p-1075"));
        System.out.println((0x1.8p3f == 12f) + " " + Float.toHexString(0x1.fffffep127f) + " " + Float.toHexString(0x1p-149f)
                + " " + Float.toHexString(-0x1.8p-127f) + " " + Double.toHexString(-0.0) + " " + Double.toHexString(Double.NaN));
        String[] fl = {"3.4028235e38", "3.4028236e38", "3.40282357e38", "1.4e-45", "7e-46", "7.1e-46", "1e-46", "0x1.fffffep127",
                "0x1.ffffffp127", "1.17549435E-38f", "  -0.0F ", "16777217", "16777219", "0x1p", "1.5e", "NaN ", "-Infinityf"};
        for (String s : fl) {
            floats(s);
        }
    }
}
