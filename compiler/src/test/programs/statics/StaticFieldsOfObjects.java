/** Static fields holding objects and arrays, initialized in static blocks, shared across calls. */
public class StaticFieldsOfObjects {
    static final StringBuilder LOG = new StringBuilder();
    static final String[] NAMES;
    static int[] counts;
    static { NAMES = new String[] {"zero", "one", "two"}; counts = new int[NAMES.length]; }
    static void record(int i) { counts[i]++; LOG.append(NAMES[i]).append(','); }
    public static void main(String[] args) {
        for (int i = 0; i < 7; i++) record(i % 3);
        System.out.println(LOG + " " + counts[0] + counts[1] + counts[2]);
        counts = new int[1];
        System.out.println(counts.length + " " + NAMES[2].length());
    }
}
