import java.util.function.IntBinaryOperator;

/** Enums implementing interfaces with per-constant lambdas, mutable state on constants, static lookups built in the enum. */
public class EnumWithInterfacesAndState {
    enum Operation implements IntBinaryOperator {
        PLUS("+", (a, b) -> a + b), TIMES("*", (a, b) -> a * b), POWER("^", (a, b) -> (int) Math.pow(a, b));

        private static final java.util.Map<String, Operation> BY_SYMBOL = new java.util.HashMap<>();

        static {
            for (Operation operation : values()) {
                BY_SYMBOL.put(operation.symbol, operation);
            }
        }

        private final String symbol;
        private final IntBinaryOperator body;
        private int uses;

        Operation(String symbol, IntBinaryOperator body) {
            this.symbol = symbol;
            this.body = body;
        }

        @Override
        public int applyAsInt(int left, int right) {
            uses++;
            return body.applyAsInt(left, right);
        }

        static Operation of(String symbol) {
            return BY_SYMBOL.get(symbol);
        }
    }

    public static void main(String[] args) {
        System.out.println(Operation.of("+").applyAsInt(3, 4) + " " + Operation.of("*").applyAsInt(3, 4) + " "
                + Operation.of("^").applyAsInt(2, 10) + " " + Operation.of("%"));
        Operation.PLUS.applyAsInt(1, 1);
        for (Operation operation : Operation.values()) {
            System.out.println(operation + " " + operation.symbol + " used " + operation.uses);
        }
    }
}
