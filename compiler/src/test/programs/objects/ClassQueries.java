/** Class.isInstance and isAssignableFrom follow the subtype rules, arrays and interfaces included. */
public class ClassQueries {
    interface Flier { }
    static class Bird implements Flier { }
    static class Penguin extends Bird { }
    public static void main(String[] args) {
        Object penguin = new Penguin();
        Class<?>[] types = { Object.class, Flier.class, Bird.class, Penguin.class, String.class, Object[].class, Bird[].class };
        for (Class<?> type : types) {
            System.out.println(type.getSimpleName() + ": " + type.isInstance(penguin) + " " + type.isInstance(new Penguin[0])
                    + " " + type.isAssignableFrom(Penguin.class) + " " + type.isAssignableFrom(Penguin[].class));
        }
        System.out.println(Flier.class.isInstance(null));
    }
}
