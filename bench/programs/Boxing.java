import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Boxing-heavy: counting in a HashMap of boxed ints, sorting and summing a list of them. */
public class Boxing {
    public static void main(String[] args) {
        int n = 2_000_000;
        Map<Integer, Integer> counts = new HashMap<>();
        List<Integer> values = new ArrayList<>();
        long seed = 42;
        for (int i = 0; i < n; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int value = (int) ((seed >>> 33) % 5000);
            counts.merge(value, 1, Integer::sum);
            if (i % 4 == 0) {
                values.add(value);
            }
        }
        Collections.sort(values);
        long sum = 0;
        for (Integer value : values) {
            sum += value;
        }
        Integer most = Collections.max(counts.values());
        System.out.println(counts.size() + " " + sum + " " + most + " " + values.get(values.size() / 2));
    }
}
