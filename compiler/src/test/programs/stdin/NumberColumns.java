import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

/** Reads whitespace-separated numbers line by line from System.in; prints per-line sums and a total. */
public class NumberColumns {
    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        String line;
        long total = 0;
        int lines = 0;
        while ((line = reader.readLine()) != null) {
            line = line.trim();
            if (line.isEmpty()) {
                continue;
            }
            long sum = 0;
            for (String field : line.split("\\s+")) {
                try {
                    sum += Long.parseLong(field);
                } catch (NumberFormatException e) {
                    System.out.println("skipped " + field);
                }
            }
            lines++;
            total += sum;
            System.out.println(lines + ": " + sum);
        }
        System.out.println("total " + total + " over " + lines + " lines");
    }
}
