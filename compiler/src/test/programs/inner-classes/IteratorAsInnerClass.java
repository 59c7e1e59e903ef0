/** An inner class implementing an iteration protocol over its outer object's array. */
public class IteratorAsInnerClass {
    interface Cursor { boolean hasNext(); int next(); }
    private final int[] values;
    IteratorAsInnerClass(int... values) { this.values = values; }
    Cursor cursor() {
        return new Cursor() {
            private int index;
            public boolean hasNext() { return index < values.length; }
            public int next() { return values[index++]; }
        };
    }
    Cursor evens() {
        class Evens implements Cursor {
            int i = 0;
            public boolean hasNext() { while (i < values.length && values[i] % 2 != 0) i++; return i < values.length; }
            public int next() { hasNext(); return values[i++]; }
        }
        return new Evens();
    }
    public static void main(String[] args) {
        IteratorAsInnerClass list = new IteratorAsInnerClass(3, 8, 5, 6, 10, 1);
        StringBuilder sb = new StringBuilder();
        for (Cursor c = list.cursor(); c.hasNext(); ) sb.append(c.next()).append(' ');
        sb.append("| ");
        for (Cursor c = list.evens(); c.hasNext(); ) sb.append(c.next()).append(' ');
        System.out.println(sb.toString().trim());
        Cursor c = list.cursor();
        try { while (true) c.next(); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("ran off: " + e.getMessage()); }
    }
}
