import java.io.Serializable;

/** Class objects: names of nested, array and primitive classes, isInstance, getSuperclass, isInterface. */
public class ClassBasics {
    static class Inner {}

    interface Marker {}

    enum Color { RED, GREEN }

    public static void main(String[] args) {
        Class<?>[] classes = {ClassBasics.class, Inner.class, Marker.class, Color.class, int.class, int[].class,
                String[][].class, Inner[].class, void.class, Serializable.class};
        for (Class<?> type : classes) {
            System.out.println(type.getName() + " | " + type.getSimpleName() + " | " + type.isArray() + " "
                    + type.isInterface() + " " + type.isPrimitive() + " | "
                    + type.getComponentType() + " | " + type.getSuperclass());
        }
        System.out.println(CharSequence.class.isInstance("s") + " " + Number.class.isInstance("s") + " "
                + Object[].class.isInstance(new String[0]) + " " + int[].class.isInstance(new long[0]));
        System.out.println(Number.class.isAssignableFrom(Integer.class) + " " + Integer.class.isAssignableFrom(Number.class));
        System.out.println(java.util.Arrays.toString(Color.class.getEnumConstants()));
        System.out.println(String.class + " " + Runnable.class + " " + double.class);
    }
}
