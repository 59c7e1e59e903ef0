import java.util.Objects;

/** An uncaught NullPointerException from Objects.requireNonNull in a compact constructor: the trace starts in the JDK. */
public class UncaughtRecordNullComponent {
    record Person(String name, int age) {
        Person {
            Objects.requireNonNull(name, "name must not be null");
            if (age < 0) throw new IllegalArgumentException("age " + age);
        }
    }

    static Person make(String name, int age) {
        return new Person(name, age);
    }

    public static void main(String[] args) {
        System.out.println(make("Grace", 85));
        try {
            make("Bad", -1);
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage());
        }
        System.out.println("about to fail");
        System.out.println(make(null, 3));
    }
}
