/** User-defined functional interfaces with default and static methods: chaining, defaults calling the abstract method. */
public class FunctionalInterfaceDefaults {
    @FunctionalInterface
    interface Transformer {
        String apply(String s);

        default Transformer then(Transformer next) {
            return s -> next.apply(apply(s));
        }

        default Transformer times(int n) {
            Transformer t = identity();
            for (int i = 0; i < n; i++) t = t.then(this);
            return t;
        }

        default String describe(String input) {
            return input + " -> " + apply(input);
        }

        static Transformer identity() {
            return s -> s;
        }

        static Transformer wrap(String left, String right) {
            return s -> left + s + right;
        }
    }

    @FunctionalInterface
    interface Check<T> {
        boolean test(T t);

        default Check<T> and(Check<? super T> other) { return t -> test(t) && other.test(t); }
        default Check<T> not() { return t -> !test(t); }
        // An Object method redeclared does not count as the abstract method.
        boolean equals(Object o);
    }

    interface Named extends Transformer {
        default String apply(String s) { return "named:" + s; }
        String name();
    }

    public static void main(String[] args) {
        Transformer upper = String::toUpperCase;
        Transformer exclaim = s -> s + "!";
        System.out.println(upper.then(exclaim).apply("hi"));
        System.out.println(exclaim.times(3).apply("wow"));
        System.out.println(Transformer.wrap("[", "]").then(upper).describe("box"));
        System.out.println(Transformer.identity().times(0).apply("same"));

        Check<String> nonEmpty = s -> !s.isEmpty();
        Check<String> shortWord = s -> s.length() < 4;
        Check<String> both = nonEmpty.and(shortWord);
        for (String w : new String[] {"", "abc", "abcd"}) {
            System.out.println("'" + w + "' " + both.test(w) + " " + both.not().test(w));
        }

        Named n = () -> "the-name";
        System.out.println(n.name() + " " + n.apply("x") + " " + n.then(upper).apply("y"));
        Transformer anon = new Transformer() {
            public String apply(String s) { return s.length() + ""; }
            public Transformer then(Transformer next) { return s -> "overridden " + next.apply(apply(s)); }
        };
        System.out.println(anon.then(exclaim).apply("four"));
        System.out.println(anon.times(2).apply("abcdefghijkl"));
    }
}
