/** Exceptions thrown and caught many times in a loop, with loop-carried values. */
public class ExceptionInLoopWithState {
    static int parse(String s) {
        int value = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') throw new NumberFormatException("bad char " + c + " in " + s);
            value = value * 10 + (c - '0');
        }
        return value;
    }
    public static void main(String[] args) {
        String[] inputs = {"12", "x3", "456", "", "7y", "89", "1a2"};
        int sum = 0, errors = 0;
        for (int round = 0; round < 100; round++) {
            for (String in : inputs) {
                try { sum += parse(in); } catch (NumberFormatException e) { errors++; if (round == 0) System.out.println(e.getMessage()); }
            }
        }
        System.out.println(sum + " " + errors);
    }
}
