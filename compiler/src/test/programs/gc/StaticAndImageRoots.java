import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Objects reachable only from static fields, and from maps made by static initializers (which
 * os2j runs at build time, so those maps are in the image), survive collections.
 */
public class StaticAndImageRoots {
    static final Map<String, List<Integer>> REGISTRY = new HashMap<>();
    static List<int[]> chunks;
    static Object lastOne;

    public static void main(String[] args) {
        chunks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            REGISTRY.computeIfAbsent("k" + i % 17, key -> new ArrayList<>()).add(i);
            chunks.add(new int[i]);
            lastOne = new StringBuilder("last" + i);
            for (int j = 0; j < 2000; j++) {
                new int[8].clone();
            }
        }
        System.gc();
        long sum = 0;
        for (int[] chunk : chunks) {
            sum += chunk.length;
        }
        System.out.println(REGISTRY.get("k3") + " " + REGISTRY.size() + " " + sum + " " + lastOne);
    }
}
