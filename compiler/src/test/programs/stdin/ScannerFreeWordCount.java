import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Map;
import java.util.TreeMap;

/** Words counted from standard input with a BufferedReader and a TreeMap, case-folded, printed in order. */
public class ScannerFreeWordCount {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        Map<String, Integer> counts = new TreeMap<>();
        int lines = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lines++;
            for (String word : line.toLowerCase().split("[^a-z']+")) {
                if (!word.isEmpty()) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        System.out.println(lines + " lines, " + counts.size() + " words");
        counts.forEach((word, count) -> System.out.println(word + " " + count));
    }
}
