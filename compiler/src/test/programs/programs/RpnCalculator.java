import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** A whole program: a tokenizer and RPN evaluator with sealed record tokens, enum operators holding lambdas, variables. */
public class RpnCalculator {
    sealed interface Token permits Num, Word, Op { }
    record Num(double value) implements Token { }
    record Word(String name) implements Token { }
    record Op(Operator op) implements Token { }

    enum Operator {
        ADD("+", 2, (a, b) -> a + b), SUB("-", 2, (a, b) -> a - b), MUL("*", 2, (a, b) -> a * b),
        DIV("/", 2, (a, b) -> {
            if (b == 0) throw new ArithmeticException("division by zero");
            return a / b;
        }),
        POW("^", 2, Math::pow), MAX("max", 2, Math::max),
        NEG("neg", 1, null) { @Override double unary(double a) { return -a; } },
        SQRT("sqrt", 1, null) { @Override double unary(double a) { return Math.sqrt(a); } };

        final String symbol;
        final int arity;
        final DoubleBinaryOperator binary;

        Operator(String symbol, int arity, DoubleBinaryOperator binary) {
            this.symbol = symbol;
            this.arity = arity;
            this.binary = binary;
        }

        double unary(double a) { throw new UnsupportedOperationException(symbol); }

        static Operator lookup(String s) {
            for (Operator o : values()) if (o.symbol.equals(s)) return o;
            return null;
        }
    }

    static final class CalcError extends RuntimeException {
        CalcError(String message) { super(message); }
    }

    static List<Token> tokenize(String line) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) i++;
            String text = line.substring(start, i);
            Operator op = Operator.lookup(text);
            if (op != null) out.add(new Op(op));
            else if (Character.isDigit(c) || (c == '.' && text.length() > 1)) {
                try {
                    out.add(new Num(Double.parseDouble(text)));
                } catch (NumberFormatException e) {
                    throw new CalcError("bad number '" + text + "' at " + start);
                }
            } else if (Character.isLetter(c) || c == '=') out.add(new Word(text));
            else throw new CalcError("unexpected '" + text + "' at " + start);
        }
        return out;
    }

    final Map<String, Double> vars = new TreeMap<>();

    double run(String line) {
        Deque<Double> stack = new ArrayDeque<>();
        for (Token t : tokenize(line)) {
            if (t instanceof Num n) {
                stack.push(n.value());
            } else if (t instanceof Op o) {
                Operator op = o.op();
                if (stack.size() < op.arity) throw new CalcError(op + " needs " + op.arity + ", stack has " + stack.size());
                if (op.arity == 1) stack.push(op.unary(stack.pop()));
                else {
                    double b = stack.pop(), a = stack.pop();
                    stack.push(op.binary.applyAsDouble(a, b));
                }
            } else if (t instanceof Word w) {
                if (w.name().startsWith("=")) {
                    if (stack.isEmpty()) throw new CalcError("nothing to store");
                    vars.put(w.name().substring(1), stack.pop());
                } else {
                    Double v = vars.get(w.name());
                    if (v == null) throw new CalcError("unknown variable " + w.name());
                    stack.push(v);
                }
            }
        }
        if (stack.size() != 1) throw new CalcError("stack holds " + stack.size() + " values");
        return stack.pop();
    }

    public static void main(String[] args) {
        RpnCalculator calc = new RpnCalculator();
        String[] program = {
                "3 4 + 2 *", "2 10 ^ =k k", "k 24 - sqrt", "1 0 /", "5 neg 3 max", "1 2 3", "+", "=z", "x 1 +",
                "0.5 =half half half *", "2 sqrt 2 sqrt * 2 -", "7 2 / =r r neg r", "1e3 k /", "12a 1 +", "4 # 2",
                ".25 4 *", "k half ^ =root root root *"};
        DoubleUnaryOperator round6 = v -> Math.round(v * 1e6) / 1e6;
        int ok = 0, failed = 0;
        for (String line : program) {
            try {
                double v = calc.run(line);
                System.out.println(String.format("%-28s = %s (%.3e)", line, round6.applyAsDouble(v), v));
                ok++;
            } catch (CalcError e) {
                System.out.println(String.format("%-28s ! %s", line, e.getMessage()));
                failed++;
            } catch (ArithmeticException e) {
                System.out.println(String.format("%-28s ! arithmetic: %s", line, e.getMessage()));
                failed++;
            }
        }
        System.out.println("ok " + ok + ", failed " + failed + ", vars " + calc.vars);
        StringBuilder ops = new StringBuilder();
        for (Operator o : Operator.values()) ops.append(o.symbol).append('/').append(o.arity).append(' ');
        System.out.println(ops.toString().strip());
        System.out.println(tokenize("1 + x =y"));
    }
}
