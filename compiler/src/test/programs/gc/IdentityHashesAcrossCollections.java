import java.util.IdentityHashMap;
import java.util.Map;

/** Identity hash codes, and IdentityHashMap lookups, stay the same while collections move the objects. */
public class IdentityHashesAcrossCollections {
    public static void main(String[] args) {
        Object[] objects = new Object[5000];
        int[] hashes = new int[objects.length];
        Map<Object, Integer> identities = new IdentityHashMap<>();
        for (int i = 0; i < objects.length; i++) {
            objects[i] = i % 2 == 0 ? new Object() : new StringBuilder("s" + i);
            hashes[i] = System.identityHashCode(objects[i]);
            identities.put(objects[i], i);
        }
        long garbage = 0;
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < 20_000; i++) {
                garbage += new int[16].length + ("x" + i).length();
            }
            if (round % 10 == 0) {
                System.gc();
            }
        }
        int same = 0;
        int found = 0;
        for (int i = 0; i < objects.length; i++) {
            if (System.identityHashCode(objects[i]) == hashes[i] && objects[i].hashCode() == (i % 2 == 0 ? hashes[i]
                    : objects[i].hashCode())) {
                same++;
            }
            if (identities.get(objects[i]) == i) {
                found++;
            }
        }
        System.out.println(garbage + " " + same + " " + found + " " + identities.size());
    }
}
