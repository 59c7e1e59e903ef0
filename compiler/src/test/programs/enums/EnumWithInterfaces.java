import java.util.function.IntBinaryOperator;

/** Enums implementing an interface with constant-specific bodies, fields, static lookups and switch. */
public class EnumWithInterfaces {
    enum Operation implements IntBinaryOperator {
        ADD("+") {
            public int applyAsInt(int a, int b) { return a + b; }
        },
        SUBTRACT("-") {
            public int applyAsInt(int a, int b) { return a - b; }
        },
        MULTIPLY("*") {
            public int applyAsInt(int a, int b) { return a * b; }
        };

        final String symbol;

        Operation(String symbol) {
            this.symbol = symbol;
        }

        static Operation bySymbol(String symbol) {
            for (Operation operation : values()) {
                if (operation.symbol.equals(symbol)) {
                    return operation;
                }
            }
            throw new IllegalArgumentException("unknown operation " + symbol);
        }
    }

    static String describe(Operation operation) {
        switch (operation) {
            case ADD: return "sum";
            case SUBTRACT: return "difference";
            default: return "product";
        }
    }

    public static void main(String[] args) {
        for (Operation operation : Operation.values()) {
            System.out.println(operation + " " + operation.symbol + " " + operation.applyAsInt(7, 3) + " "
                    + describe(operation) + " " + operation.getDeclaringClass().getSimpleName()
                    + " " + (operation.getClass() == Operation.class));
        }
        System.out.println(Operation.bySymbol("*").ordinal());
        System.out.println(Operation.valueOf("SUBTRACT").compareTo(Operation.ADD));
        try {
            Operation.bySymbol("/");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Operation.valueOf("DIVIDE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
