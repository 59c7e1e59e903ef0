/** Boxed arithmetic, compound assignment on wrappers, equals across types, compare and the caches' edges. */
public class BoxedArithmeticAndComparison {
    public static void main(String[] args) {
        Integer count = 0;
        for (int i = 0; i < 10; i++) {
            count += i;
        }
        System.out.println(count);
        Long big = 1L << 40;
        big++;
        System.out.println(big);
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d));
        Short small = (short) -128;
        Short same = (short) -128;
        System.out.println(small == same);
        Character letter = 'x';
        System.out.println((int) letter + " " + Character.valueOf('x').equals(letter));
        System.out.println(Integer.valueOf(5).equals(5L) + " " + Long.valueOf(5).equals(5L));
        System.out.println(Integer.compare(3, 9) + " " + Double.compare(0.0, -0.0) + " " + Boolean.compare(true, false));
        Double nan = Double.NaN;
        System.out.println(nan.equals(Double.NaN) + " " + (Double.NaN == Double.NaN));
        Object[] mixed = {1, 2L, 3.0f, 4.0, 'c', (byte) 6, (short) 7, true};
        for (Object value : mixed) {
            System.out.println(value.getClass().getSimpleName() + " " + value + " " + value.hashCode());
        }
    }
}
