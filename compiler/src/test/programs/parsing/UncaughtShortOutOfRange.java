/** An uncaught NumberFormatException from Short.parseShort's range check, several frames below main. */
public class UncaughtShortOutOfRange {
    static short[] readAll(String[] items) {
        short[] out = new short[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = convert(items[i]);
            System.out.println("item " + i + " = " + out[i]);
        }
        return out;
    }

    static short convert(String text) {
        return Short.parseShort(text.trim(), 16);
    }

    public static void main(String[] args) {
        short[] values = readAll(new String[] {" 7fff", "-8000 ", "10", "ffff", "1"});
        System.out.println("unreachable " + values.length);
    }
}
