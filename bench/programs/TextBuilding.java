/** String building and printing: StringBuilder appends of ints, longs and doubles, and buffered output. */
public class TextBuilding {
    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
        long total = 0;
        for (int i = 0; i < lines; i++) {
            String line = "line " + i + " value " + (i * 31L) + " ratio " + (i / 7.0);
            total += line.length();
            if (i % 1000 == 0) {
                System.out.println(line);
            }
        }
        System.out.println(total);
    }
}
