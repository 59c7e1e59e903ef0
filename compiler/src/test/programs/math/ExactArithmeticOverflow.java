import java.util.function.LongSupplier;

/** Math's *Exact methods at the limits (messages included), absExact, multiplyHigh/Full, mixed floorDiv/floorMod overloads. */
public class ExactArithmeticOverflow {
    static void attempt(String label, LongSupplier op) {
        try {
            System.out.println(label + " = " + op.getAsLong());
        } catch (ArithmeticException e) {
            System.out.println(label + " -> ArithmeticException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int imax = Integer.MAX_VALUE, imin = Integer.MIN_VALUE;
        long lmax = Long.MAX_VALUE, lmin = Long.MIN_VALUE;
        attempt("addExact(MAX, 1)", () -> Math.addExact(imax, 1));
        attempt("addExact(MAX, -1)", () -> Math.addExact(imax, -1));
        attempt("addExact(MIN, -1)", () -> Math.addExact(imin, -1));
        attempt("addExact(lMAX, 1L)", () -> Math.addExact(lmax, 1L));
        attempt("subtractExact(MIN, 1)", () -> Math.subtractExact(imin, 1));
        attempt("subtractExact(0, MIN)", () -> Math.subtractExact(0, imin));
        attempt("subtractExact(lMIN, -1L)", () -> Math.subtractExact(lmin, -1L));
        attempt("multiplyExact(46341, 46341)", () -> Math.multiplyExact(46341, 46341));
        attempt("multiplyExact(46340, 46340)", () -> Math.multiplyExact(46340, 46340));
        attempt("multiplyExact(MIN, -1)", () -> Math.multiplyExact(imin, -1));
        attempt("multiplyExact(lMIN, -1L)", () -> Math.multiplyExact(lmin, -1L));
        attempt("multiplyExact(3037000500L, 3037000500L)", () -> Math.multiplyExact(3037000500L, 3037000500L));
        attempt("multiplyExact(3037000499L, 3037000499L)", () -> Math.multiplyExact(3037000499L, 3037000499L));
        attempt("multiplyExact(lMAX, 2)", () -> Math.multiplyExact(lmax, 2));
        attempt("incrementExact(MAX)", () -> Math.incrementExact(imax));
        attempt("decrementExact(lMIN)", () -> Math.decrementExact(lmin));
        attempt("negateExact(MIN)", () -> Math.negateExact(imin));
        attempt("negateExact(lMIN+1)", () -> Math.negateExact(lmin + 1));
        attempt("toIntExact(2^31)", () -> Math.toIntExact(1L << 31));
        attempt("toIntExact(-2^31)", () -> Math.toIntExact(-(1L << 31)));
        attempt("absExact(MIN)", () -> Math.absExact(imin));
        attempt("absExact(lMIN)", () -> Math.absExact(lmin));
        attempt("absExact(-7)", () -> Math.absExact(-7));
        attempt("floorDiv(MIN, -1)", () -> Math.floorDiv(imin, -1));
        attempt("floorDiv(lMIN, -1)", () -> Math.floorDiv(lmin, -1));
        attempt("floorDiv(-7L, 2)", () -> Math.floorDiv(-7L, 2));
        attempt("floorMod(-7L, 3)", () -> Math.floorMod(-7L, 3));
        attempt("floorMod(lMIN, -1)", () -> Math.floorMod(lmin, -1));
        attempt("floorMod(5, 0)", () -> Math.floorMod(5, 0));
        attempt("floorDiv(5L, 0L)", () -> Math.floorDiv(5L, 0L));
        attempt("multiplyHigh(lMAX, lMAX)", () -> Math.multiplyHigh(lmax, lmax));
        attempt("multiplyHigh(lMIN, lMIN)", () -> Math.multiplyHigh(lmin, lmin));
        attempt("multiplyHigh(-1, 1)", () -> Math.multiplyHigh(-1L, 1L));
        attempt("multiplyHigh(2^40, 2^40)", () -> Math.multiplyHigh(1L << 40, 1L << 40));
        attempt("multiplyFull(MIN, MIN)", () -> Math.multiplyFull(imin, imin));
        attempt("multiplyFull(MAX, -3)", () -> Math.multiplyFull(imax, -3));
        attempt("abs(MIN)", () -> Math.abs(imin));
    }
}
