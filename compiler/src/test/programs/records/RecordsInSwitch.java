import java.util.List;

/** Switching on record components: enum and String fields, switch expressions with yield, instanceof patterns. */
public class RecordsInSwitch {
    enum Kind { DEPOSIT, WITHDRAW, FEE, NOTE }

    record Entry(Kind kind, String currency, long cents) { }

    static long apply(long balance, Entry e) {
        return switch (e.kind()) {
            case DEPOSIT -> balance + e.cents();
            case WITHDRAW, FEE -> {
                long next = balance - e.cents();
                yield next < 0 ? balance : next;
            }
            case NOTE -> balance;
        };
    }

    static String symbol(Entry e) {
        switch (e.currency()) {
            case "EUR": return "\u20ac";
            case "USD": return "$";
            case "GBP": return "\u00a3";
            default: return e.currency() + " ";
        }
    }

    static String describe(Object o) {
        if (o instanceof Entry e && e.kind() == Kind.NOTE) return "note";
        if (o instanceof Entry e && e.cents() > 10000) return "large " + e.kind().name().toLowerCase();
        if (o instanceof Entry e) return "entry " + e.kind().ordinal();
        return "other " + o;
    }

    public static void main(String[] args) {
        List<Entry> entries = List.of(
                new Entry(Kind.DEPOSIT, "EUR", 50000),
                new Entry(Kind.WITHDRAW, "EUR", 1250),
                new Entry(Kind.FEE, "USD", 99),
                new Entry(Kind.WITHDRAW, "GBP", 999999),
                new Entry(Kind.NOTE, "CHF", 0),
                new Entry(Kind.DEPOSIT, "CHF", 1));
        long balance = 0;
        for (Entry e : entries) {
            balance = apply(balance, e);
            System.out.println(String.format("%-8s %s%d.%02d -> %d", e.kind(), symbol(e), e.cents() / 100, e.cents() % 100, balance));
        }
        for (Object o : new Object[] {entries.get(0), entries.get(2), entries.get(4), "text"}) {
            System.out.println(describe(o));
        }
    }
}
