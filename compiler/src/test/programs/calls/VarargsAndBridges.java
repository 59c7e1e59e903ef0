import java.util.Comparator;

/** Varargs (empty, one, many, an explicit array) and generic bridge methods, called raw and through Comparable. */
public class VarargsAndBridges {
    interface Transformer<T> {
        T transform(T value);
    }

    static final class Upper implements Transformer<String> {
        public String transform(String value) {
            return value.toUpperCase();
        }

        @Override
        public String toString() {
            return "Upper";
        }
    }

    static abstract class Node<T extends Comparable<T>> implements Comparable<Node<T>> {
        abstract T key();

        public int compareTo(Node<T> other) {
            return key().compareTo(other.key());
        }
    }

    static final class Named extends Node<String> {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        String key() {
            return name;
        }
    }

    static int sum(int... values) {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }

    static String join(String separator, Object... parts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                text.append(separator);
            }
            text.append(parts[i]);
        }
        return text.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[] {4, 5}));
        System.out.println(join(", ", "a", "b", "c") + " | " + join("-") + " | " + join("+", "x", new Upper(), "c"));
        Transformer raw = new Upper();
        System.out.println(raw.transform("bridge"));
        try {
            raw.transform(new Object());
        } catch (ClassCastException e) {
            System.out.println("bridge cast: " + e.getClass().getSimpleName());
        }
        Comparable first = new Named("apple");
        System.out.println(first.compareTo(new Named("banana")) < 0);
        Comparator<String> byLength = (a, b) -> a.length() - b.length();
        System.out.println(byLength.compare("abc", "de") > 0);
    }
}
