import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/** A long-lived map and a sliding window of medium-lived objects among short-lived garbage. */
public class MixedLifetimes {
    record Entry(String key, int[] data) {
    }

    public static void main(String[] args) {
        Map<String, Entry> table = new HashMap<>();
        ArrayDeque<Entry> window = new ArrayDeque<>();
        long checksum = 0;
        for (int i = 0; i < 400_000; i++) {
            String key = "key" + (i % 5000);
            Entry entry = new Entry(key, new int[i % 13]);
            if (i % 7 == 0) {
                table.put(key, entry);
            }
            window.addLast(entry);
            if (window.size() > 2000) {
                checksum += window.removeFirst().data().length;
            }
            checksum += key.hashCode() & 0xff;
        }
        long tableSum = 0;
        for (Entry entry : table.values()) {
            tableSum += entry.data().length + entry.key().length();
        }
        System.out.println(table.size() + " " + window.size() + " " + checksum + " " + tableSum);
    }
}
