/** Runtime's figures (checked for sense, not value), System.arraycopy on overlapping ranges, identity hashes, exit status. */
public class RuntimeAndExit {
    public static void main(String[] args) {
        Runtime runtime = Runtime.getRuntime();
        System.out.println(runtime.availableProcessors() > 0);
        System.out.println(runtime.totalMemory() >= runtime.freeMemory() && runtime.maxMemory() > 0);
        int[] numbers = {1, 2, 3, 4, 5, 6};
        System.arraycopy(numbers, 0, numbers, 2, 4);
        System.out.println(java.util.Arrays.toString(numbers));
        Object object = new Object();
        System.out.println(System.identityHashCode(null) + " " + (System.identityHashCode(object) == object.hashCode()));
        long start = System.nanoTime();
        long millis = System.currentTimeMillis();
        System.out.println((System.nanoTime() - start >= 0) + " " + (millis > 1_600_000_000_000L));
        System.out.print("no newline before exit");
        Runtime.getRuntime().exit(3);
    }
}
