/** A long string built by repeated + (each step garbage but the last), and builders dropped. */
public class StringsBuiltByConcatenation {
    public static void main(String[] args) {
        String text = "";
        for (int i = 0; i < 6000; i++) {
            text += (char) ('a' + i % 26);
        }
        int builders = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder builder = new StringBuilder();
            for (int j = 0; j < 20; j++) {
                builder.append(j).append(',');
            }
            builders += builder.length();
        }
        System.out.println(text.length() + " " + text.hashCode() + " " + text.substring(5990) + " " + builders);
    }
}
