/** Object's equals is identity; overriding equals and hashCode changes both. */
public class ObjectMethods {
    static class Plain { }
    static class Money {
        final long cents; final String currency;
        Money(long cents, String currency) { this.cents = cents; this.currency = currency; }
        @Override public boolean equals(Object other) {
            return other instanceof Money m && m.cents == cents && m.currency.equals(currency);
        }
        @Override public int hashCode() { return (int) cents * 31 + currency.hashCode(); }
        @Override public String toString() { return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100 + " " + currency; }
    }
    public static void main(String[] args) {
        Plain p = new Plain(), q = new Plain();
        System.out.println(p.equals(p) + " " + p.equals(q) + " " + p.equals(null));
        System.out.println(p.hashCode() == p.hashCode());
        Money a = new Money(1050, "EUR"), b = new Money(1050, "EUR"), c = new Money(1050, "USD");
        System.out.println(a.equals(b) + " " + a.equals(c) + " " + (a.hashCode() == b.hashCode()));
        System.out.println(a + " | " + new Money(7, "JPY"));
        Object o = a;
        System.out.println(o.toString() + " " + o.equals(b));
    }
}
