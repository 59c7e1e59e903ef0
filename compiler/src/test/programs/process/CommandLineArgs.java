// args: hello -42 world 2147483647 x -2147483648 12345678901 abc123 0
public class CommandLineArgs {
    static boolean isNumber(String s) {
        if (s.isEmpty()) return false;
        int start = s.charAt(0) == '-' ? 1 : 0;
        if (start == s.length()) return false;
        for (int i = start; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) return false;
        }
        return true;
    }

    public static void main(String[] args) {
        System.out.println("argument count " + args.length);
        long numericSum = 0;
        int numbers = 0;
        int totalLength = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            totalLength += a.length();
            System.out.println("args[" + i + "] = [" + a + "] length " + a.length() + " first " + a.charAt(0)
                    + " last " + a.charAt(a.length() - 1) + " numeric " + isNumber(a));
            if (isNumber(a) && a.length() <= 18) {
                long v = Long.parseLong(a);
                if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
                    int iv = Integer.parseInt(a);
                    numericSum += iv;
                    numbers++;
                    System.out.println("  as int " + iv + " doubled " + (iv * 2) + " negated " + (-iv));
                } else {
                    System.out.println("  as long " + v + " times 1000 " + v * 1000);
                }
            }
        }
        System.out.println("numbers " + numbers + " sum " + numericSum + " total length " + totalLength);
        for (String a : args) {
            System.out.print(new StringBuilder().append(a).reverse().toString());
            System.out.print(' ');
        }
        System.out.println();
        for (int i = args.length - 1; i >= 0; i--) {
            System.out.print(args[i]);
            System.out.print(i > 0 ? "," : "\n");
        }
        String longest = "";
        for (String a : args) {
            if (a.length() > longest.length() || (a.length() == longest.length() && a.compareTo(longest) < 0)) {
                longest = a;
            }
        }
        System.out.println("longest " + longest);
        boolean sawHello = false;
        for (String a : args) {
            if (a.equals("hello")) sawHello = true;
        }
        System.out.println("saw hello " + sawHello);
        System.exit(0);
    }
}
