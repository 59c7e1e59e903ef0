/** Arrays are covariant: String[] is an Object[]; int[] is only Object, Cloneable, Serializable. */
public class ArrayCovariance {
    public static void main(String[] args) {
        Object[] values = { new String[1], new Object[1], new int[1], new int[1][1], new String[1][1], new CharSequence[1] };
        for (Object v : values) {
            System.out.println(v.getClass().getName() + ": " + (v instanceof Object[]) + " " + (v instanceof String[])
                    + " " + (v instanceof CharSequence[]) + " " + (v instanceof Object[][]) + " " + (v instanceof int[])
                    + " " + (v instanceof Cloneable) + " " + (v instanceof java.io.Serializable));
        }
    }
}
