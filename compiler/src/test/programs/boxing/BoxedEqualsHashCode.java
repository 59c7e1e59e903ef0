/** equals and hashCode of the wrappers, as Integer, Long, Double, Float, Boolean and Character define them. */
public class BoxedEqualsHashCode {
    public static void main(String[] args) {
        Object[] values = {1, 1L, 1.0, 1.0f, (short) 1, (byte) 1, 'A', true, false, -0.0, 0.0, Double.NaN,
                Float.NaN, Long.MIN_VALUE, Integer.MIN_VALUE, 123456789012345L, 3.141592653589793, 2.5f};
        for (Object value : values) {
            System.out.println(value.getClass().getSimpleName() + " " + value + " hash " + value.hashCode());
        }
        System.out.println(Integer.valueOf(1).equals(1L) + " " + Long.valueOf(1).equals(1L));
        System.out.println(Double.valueOf(0.0).equals(-0.0) + " " + (0.0 == -0.0));
        System.out.println(Double.valueOf(Double.NaN).equals(Double.NaN) + " " + (Double.NaN == Double.NaN));
        System.out.println(Double.hashCode(1.5) + " " + Float.hashCode(1.5f) + " " + Long.hashCode(-1L)
                + " " + Boolean.hashCode(true) + " " + Character.hashCode('z'));
    }
}
