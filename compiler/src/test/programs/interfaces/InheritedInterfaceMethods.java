/** A method declared in a superinterface, called through a subinterface, resolves and dispatches. */
public class InheritedInterfaceMethods {
    interface Sized { int size(); }
    interface Container extends Sized { boolean isEmpty(); }
    interface Queue extends Container { void add(int x); int poll(); }
    static class ArrayQueue implements Queue {
        private int[] items = new int[4]; private int head, tail;
        public void add(int x) { if (tail == items.length) { int[] bigger = new int[items.length * 2]; System.arraycopy(items, 0, bigger, 0, tail); items = bigger; } items[tail++] = x; }
        public int poll() { return items[head++]; }
        public int size() { return tail - head; }
        public boolean isEmpty() { return size() == 0; }
    }
    public static void main(String[] args) {
        Queue q = new ArrayQueue();
        for (int i = 0; i < 10; i++) q.add(i * 3);
        System.out.println(q.size() + " " + q.isEmpty());
        int sum = 0;
        while (!q.isEmpty()) sum += q.poll();
        Sized s = q;
        System.out.println(sum + " " + s.size() + " " + q.isEmpty());
    }
}
