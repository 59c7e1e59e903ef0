/** Exception-heavy: parses tokens where a third are malformed, each failure thrown and caught across frames. */
public class ExceptionParser {
    static final class BadToken extends Exception { final int position; BadToken(String message, int position) { super(message); this.position = position; } }
    static int digit(char c, int position) throws BadToken { if (c < '0' || c > '9') throw new BadToken("not a digit: " + c, position); return c - '0'; }
    static int parse(String token) throws BadToken { int value = 0; for (int i = 0; i < token.length(); i++) value = value * 10 + digit(token.charAt(i), i); return value; }
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        String[] tokens = {"12", "4x5", "987", "1y", "31337", "zz", "2024", "7", "66a"};
        long sum = 0;
        int bad = 0, positions = 0;
        for (int r = 0; r < rounds; r++) {
            for (String token : tokens) {
                try { sum += parse(token); } catch (BadToken e) { bad++; positions += e.position; }
            }
        }
        System.out.println(sum + " " + bad + " " + positions);
    }
}
