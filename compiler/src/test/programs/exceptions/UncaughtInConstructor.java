/** A trace through constructors names <init>, as HotSpot's does. */
public class UncaughtInConstructor {
    static class Account {
        final long balance;
        Account(long balance) { this.balance = check(balance); }
        static long check(long value) { if (value < 0) throw new IllegalArgumentException("balance " + value); return value; }
    }
    static class Savings extends Account { Savings(long b) { super(b * 2); } }
    public static void main(String[] args) {
        System.out.println(new Savings(5).balance);
        System.out.println(new Savings(-5).balance);
    }
}
