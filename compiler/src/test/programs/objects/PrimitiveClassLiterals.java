/** Class literals of primitive types (int.class is Integer.TYPE): names, isPrimitive, identity, component types. */
public class PrimitiveClassLiterals {
    public static void main(String[] args) {
        System.out.println(int.class + " " + double[].class.getName() + " " + void.class + " " + boolean.class.getName());
        System.out.println(int.class.isPrimitive() + " " + Integer.class.isPrimitive() + " " + (int.class == Integer.TYPE));
        System.out.println(int[].class.getComponentType() + " " + char.class.getSimpleName());
        System.out.println(int.class.isAssignableFrom(int.class) + " " + Object.class.isAssignableFrom(int.class));
    }
}
