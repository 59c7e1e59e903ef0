import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

/** BufferedReader over System.in: lines (UTF-8), numbers summed, end of input. */
public class ReadLinesAndSum {
    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        long sum = 0;
        int lines = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lines++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                System.out.println(lines + ": (blank)");
                continue;
            }
            try {
                sum += Long.parseLong(trimmed);
                System.out.println(lines + ": number " + trimmed);
            } catch (NumberFormatException e) {
                System.out.println(lines + ": text [" + trimmed + "] " + trimmed.length() + " chars");
            }
        }
        System.out.println(lines + " lines, sum " + sum);
    }
}
