// args: alpha βeta "quoted" 42 -x=1
/** Command-line arguments (UTF-8 included) reach main unchanged; the exit status comes from an uncaught-free System.exit. */
public class ArgumentsAndExitCodes {
    public static void main(String[] args) {
        System.out.println(args.length);
        int sum = 0;
        for (String arg : args) {
            System.out.println("[" + arg + "] " + arg.length() + " " + arg.codePointCount(0, arg.length()));
            try {
                sum += Integer.parseInt(arg);
            } catch (NumberFormatException e) {
                sum++;
            }
        }
        System.exit(sum % 256);
    }
}
