import java.util.function.Supplier;

/**
 * What Class.getName gives is the same String on every call, and the interned one (HotSpot interns
 * class names): == with a literal holds; simple and canonical names are equal on every call.
 */
public class ClassNameIdentity {
    static class Nested { }

    public static void main(String[] args) {
        System.out.println(String.class.getName() == "java.lang.String");
        System.out.println(ClassNameIdentity.class.getName() == "ClassNameIdentity");
        System.out.println(Nested.class.getName() == "ClassNameIdentity$Nested");
        System.out.println(int[].class.getName() == "[I");
        System.out.println(int.class.getName() == "int");
        String first = Nested.class.getName();
        System.out.println(first == Nested.class.getName());
        System.out.println(new Nested().getClass().getName() == first);
        System.out.println(Nested.class.getSimpleName().equals(Nested.class.getSimpleName()));
        System.out.println(Nested.class.getCanonicalName() + " " + Nested.class.getSimpleName());
        Supplier<String> anonymous = new Supplier<>() {
            public String get() { return "anonymous"; }
        };
        System.out.println(anonymous.getClass().getName() + " [" + anonymous.getClass().getSimpleName() + "] "
                + anonymous.getClass().getCanonicalName());
        System.out.println(String[][].class.getCanonicalName() + " " + String[][].class.getSimpleName());
        String built = new StringBuilder("java.lang.").append("Integer").toString();
        System.out.println(built.intern() == Integer.class.getName());
        System.out.println(Integer.class.getName().hashCode() == "java.lang.Integer".hashCode());
    }
}
