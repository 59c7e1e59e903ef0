/** getClass(), getName() and getSimpleName() for classes, nested classes and arrays. */
public class GetClassNames {
    static class Nested { class Inner { } }
    interface Shape { }
    public static void main(String[] args) {
        Object[] things = { new GetClassNames(), new Nested(), new Nested().new Inner(), "text",
                new int[1], new String[0][0], new Nested[2], new StringBuilder() };
        for (Object thing : things) {
            Class<?> type = thing.getClass();
            System.out.println(type.getName() + " | " + type.getSimpleName() + " | " + type.isArray());
        }
        System.out.println(Shape.class.getName() + " " + Shape.class.isInterface() + " " + Shape.class);
        System.out.println(Nested.class.getSuperclass().getName() + " " + Object.class.getSuperclass());
        System.out.println(int[].class.getSuperclass().getName() + " " + Shape.class.getSuperclass());
        System.out.println(new Nested().getClass() == Nested.class);
    }
}
