import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** Lambdas capturing locals, parameters, this and loop variables; each capture a snapshot; recursion through a field. */
public class CapturesAndEffectivelyFinal {
    private int base = 100;
    private static IntSupplier counter;

    IntSupplier adder(int delta) {
        int local = delta * 2;
        return () -> base + delta + local;
    }

    static int factorial(int n) {
        java.util.function.IntUnaryOperator[] self = new java.util.function.IntUnaryOperator[1];
        self[0] = k -> k <= 1 ? 1 : k * self[0].applyAsInt(k - 1);
        return self[0].applyAsInt(n);
    }

    public static void main(String[] args) {
        CapturesAndEffectivelyFinal holder = new CapturesAndEffectivelyFinal();
        IntSupplier supplier = holder.adder(5);
        holder.base = 1000;
        System.out.println(supplier.getAsInt());
        List<Supplier<String>> suppliers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int copy = i;
            suppliers.add(() -> "item " + copy);
        }
        for (String word : new String[] {"a", "b"}) {
            suppliers.add(() -> word.toUpperCase());
        }
        for (Supplier<String> s : suppliers) {
            System.out.print(s.get() + "; ");
        }
        System.out.println();
        int[] box = {0};
        counter = () -> ++box[0];
        counter.getAsInt();
        counter.getAsInt();
        System.out.println(box[0] + " " + factorial(10));
        Runnable nested = () -> {
            Runnable inner = () -> System.out.println("inner sees " + holder.base);
            inner.run();
        };
        nested.run();
    }
}
