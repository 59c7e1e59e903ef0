import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Compound assignment and ++/-- on boxed fields, array elements, locals and map values; pre and post values. */
public class BoxedCompoundTargets {
    static Integer staticCount = 0;
    Long instanceTotal = 10L;
    Short small = (short) 32767;
    Byte tiny = (byte) 127;
    Character letter = 'y';

    public static void main(String[] args) {
        Integer i = 5;
        Integer before = i;
        i += 2;
        System.out.println(i + " " + before + " " + (i++) + " " + (++i) + " " + i-- + " " + i);
        i <<= 3;
        i %= 7;
        i ^= 0xFF;
        System.out.println(i);

        staticCount++;
        staticCount += staticCount * 10;
        System.out.println(staticCount);

        BoxedCompoundTargets t = new BoxedCompoundTargets();
        t.instanceTotal *= 3;
        t.instanceTotal -= 1;
        t.small++;
        t.tiny++;
        t.letter++;
        t.letter++;
        System.out.println(t.instanceTotal + " " + t.small + " " + t.tiny + " " + t.letter);

        Integer[] arr = {1, 2, 3};
        int k = 0;
        arr[k++] += 10;
        arr[k] *= arr[k + 1];
        arr[2]--;
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2] + " k=" + k);

        Double d = 0.1;
        for (int n = 0; n < 9; n++) d += 0.1;
        Float f = 1f;
        f /= 3;
        System.out.println(d + " " + f + " " + (d == 1.0));

        Map<String, Integer> counts = new TreeMap<>();
        for (String w : "a b a c b a".split(" ")) {
            counts.merge(w, 1, Integer::sum);
        }
        Map<Character, Long> lengths = new HashMap<>();
        lengths.put('x', 0L);
        for (int n = 0; n < 4; n++) lengths.put('x', lengths.get('x') + n);
        System.out.println(counts + " " + lengths);

        Boolean flag = false;
        flag |= true;
        flag &= !flag;
        flag ^= true;
        System.out.println(flag);
        Integer a = 1000, b = a;
        a++;
        System.out.println(a + " " + b + " " + (a == b));
    }
}
