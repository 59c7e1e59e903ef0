/** String.valueOf for every type, toString of arrays and objects, chars and code points, and concatenation's conversions. */
public class StringValueOfAndConversions {
    @Override
    public String toString() {
        return "custom";
    }

    public static void main(String[] args) {
        System.out.println(String.valueOf(true) + String.valueOf('c') + String.valueOf(12) + String.valueOf(-7L)
                + String.valueOf(1.5f) + String.valueOf(2.25) + String.valueOf((Object) null) + String.valueOf(new char[] {'!', '?'}));
        System.out.println(String.valueOf(new StringValueOfAndConversions()) + " " + new StringValueOfAndConversions());
        Object array = new int[0];
        String text = array.toString();
        System.out.println(text.startsWith("[I@") + " " + new Object().toString().startsWith("java.lang.Object@"));
        char c = 'x';
        int codePoint = 0x1F600;
        System.out.println("" + c + 1 + " " + (c + 1) + " " + (char) (c + 1) + " " + Character.toString(codePoint).length()
                + " " + new String(new int[] {0x48, 0x1F600, 0x69}, 0, 3));
        byte b = -1;
        short s = 300;
        long l = 1L << 62;
        float f = 1e-7f;
        double d = 123456789.0;
        System.out.println(b + "," + s + "," + l + "," + f + "," + d + "," + (f + d) + "," + 100.0 / 3 + "," + 1e16 + "," + 1e-3);
        System.out.println(Float.toString(0.1f + 0.2f) + " " + Double.toString(0.1 + 0.2) + " " + (float) 0.1 + " "
                + Double.toString(4.35) + " " + 2e-323 + " " + Float.toString(3.4e38f) + " " + Double.toString(-1.0 / 3));
    }
}
