/** Switches on strings (hash collisions included), varargs with boxing and arrays, generic bridges. */
public class StringSwitchAndVarargs {
    static int classify(String word) {
        switch (word) {
            case "Aa": return 1;   // "Aa" and "BB" share a hash code
            case "BB": return 2;
            case "": return 3;
            case "hello": return 4;
            default: return 0;
        }
    }

    static String joinAll(String separator, Object... parts) {
        StringBuilder builder = new StringBuilder();
        for (Object part : parts) {
            if (builder.length() > 0) {
                builder.append(separator);
            }
            builder.append(part);
        }
        return builder + " (" + parts.length + ")";
    }

    interface Transformer<T> {
        T transform(T value);
    }

    static class Doubler implements Transformer<Integer> {
        public Integer transform(Integer value) {
            return value * 2;
        }
    }

    public static void main(String[] args) {
        for (String word : new String[] {"Aa", "BB", "", "hello", "world"}) {
            System.out.println("'" + word + "' -> " + classify(word));
        }
        System.out.println(joinAll(", "));
        System.out.println(joinAll(", ", 1, 'c', 2.5, "s", null));
        System.out.println(joinAll("-", (Object[]) new String[] {"x", "y"}));
        System.out.println(joinAll("-", (Object) new String[] {"x", "y"}).startsWith("[Ljava.lang.String;"));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Transformer<Object> raw = (Transformer) new Doubler();
        System.out.println(raw.transform(21));
        try {
            raw.transform("text");
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
    }
}
