/** Double.parseDouble and Float.parseFloat: decimal and hexadecimal forms, specials, rounding, errors. */
public class ParseDoubles {
    static void parse(String text) {
        try {
            double d = Double.parseDouble(text);
            float f = Float.parseFloat(text);
            System.out.println("\"" + text + "\" -> " + d + " / " + f + " bits " + Long.toHexString(Double.doubleToRawLongBits(d)));
        } catch (NumberFormatException e) {
            System.out.println("\"" + text + "\" -> NumberFormatException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"0", "-0", "1", "1.5", "  12.25  ", "3.141592653589793", "1e308", "1e309", "4.9e-324",
                "2e-324", "-Infinity", "NaN", "+Infinity", "0x1.8p1", "0x1p-1074", "1.7976931348623157E308",
                "9007199254740993", "0.1", "100d", "5f", "1_000", "", "abc", ".5", "5.", "1e", "0x", "2.2250738585072012e-308",
                "123456789e-5", "1.00000017881393432617187499"};
        for (String input : inputs) {
            parse(input);
        }
        System.out.println(Double.valueOf("2.5") + " " + Float.valueOf("2.5") + " " + Double.toString(1e21) + " "
                + Double.toString(1e-5) + " " + Float.toString(1.0e10f) + " " + Double.toHexString(-0.375));
    }
}
