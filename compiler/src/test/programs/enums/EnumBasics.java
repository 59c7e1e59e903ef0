/** Enums: values, valueOf (and its error), name, ordinal, compareTo, constant-specific bodies, switches, getEnumConstants. */
public class EnumBasics {
    enum Color { RED, GREEN, BLUE }

    enum Operation {
        PLUS("+") {
            int apply(int a, int b) { return a + b; }
        },
        TIMES("*") {
            int apply(int a, int b) { return a * b; }
        };

        private final String symbol;

        Operation(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);

        String symbol() {
            return symbol;
        }
    }

    static String describe(Color color) {
        switch (color) {
            case RED: return "warm";
            case GREEN: return "natural";
            default: return "cool";
        }
    }

    public static void main(String[] args) {
        for (Color color : Color.values()) {
            System.out.println(color + " " + color.name() + " " + color.ordinal() + " " + describe(color)
                    + " " + color.compareTo(Color.GREEN));
        }
        for (Operation operation : Operation.values()) {
            System.out.println(operation + " " + operation.symbol() + " " + operation.apply(6, 7)
                    + " " + operation.getClass() + " " + operation.getDeclaringClass());
        }
        System.out.println(Color.valueOf("BLUE") == Color.BLUE);
        System.out.println(Enum.valueOf(Color.class, "RED"));
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Color.RED.equals(Color.RED) + " " + Color.BLUE.getDeclaringClass().getSimpleName());
        System.out.println(java.util.Arrays.toString(Color.class.getEnumConstants()));
    }
}
