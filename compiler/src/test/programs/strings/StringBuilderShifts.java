/** StringBuilder edits that move the tail of its array both ways (overlapping copies), Latin-1 and UTF-16, short and long. */
public class StringBuilderShifts {
    public static void main(String[] args) {
        StringBuilder log = new StringBuilder();
        for (int length = 0; length <= 40; length += 3) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append((char) ('a' + i % 26));
            }
            int middle = length / 2;
            text.insert(middle, "[0123456789]");
            text.insert(0, "<<");
            text.append(">>");
            if (length > 4) {
                text.delete(1, 4);
                text.deleteCharAt(text.length() - 2);
                text.delete(2, 5).insert(2, "-");
            }
            text.reverse();
            log.append(length).append(": ").append(text.toString()).append('\n');
        }
        StringBuilder wide = new StringBuilder("\u00e9t\u00e9 \u03bb\u03bc\u03bd and more text to move around");
        wide.insert(3, "\u2603 snow \u2603");
        wide.delete(0, 2);
        wide.insert(wide.length() / 2, "middle");
        wide.delete(5, 9).insert(5, "\u20ac");
        log.append(wide.toString()).append(' ').append(wide.length()).append('\n');
        System.out.print(log);
    }
}
