import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hashing-heavy (in the manner of the Benchmarks Game's k-nucleotide): generates a DNA-like
 * sequence with a linear congruential generator, counts every substring of lengths 1 to 6 and 12
 * in HashMaps of boxed counts, and prints the most frequent of each length.
 */
public class KNucleotide {
    public static void main(String[] args) {
        int length = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        char[] bases = {'A', 'C', 'G', 'T'};
        StringBuilder sequence = new StringBuilder(length);
        long seed = 42;
        for (int i = 0; i < length; i++) {
            seed = (seed * 3877 + 29573) % 139968;
            sequence.append(bases[(int) (seed * 4 / 139968)]);
        }
        String dna = sequence.toString();
        for (int k : new int[] {1, 2, 3, 4, 6, 12}) {
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i + k <= dna.length(); i++) {
                counts.merge(dna.substring(i, i + k), 1, Integer::sum);
            }
            List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
            entries.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
                    : a.getKey().compareTo(b.getKey()));
            Map.Entry<String, Integer> top = entries.get(0);
            System.out.println(k + ": " + counts.size() + " distinct, most frequent " + top.getKey() + " "
                    + top.getValue());
        }
    }
}
