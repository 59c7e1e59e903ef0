/** An uncaught exception from a chain of small methods prints a frame for each of them. */
public class UncaughtThroughSmallMethods {
    static final class Account {
        private long balance;
        Account(long balance) { this.balance = balance; }
        long balance() { return balance; }
        void withdraw(long amount) { check(amount <= balance, amount); balance -= amount; }
        static void check(boolean ok, long amount) { if (!ok) throw overdrawn(amount); }
        static IllegalArgumentException overdrawn(long amount) {
            return new IllegalArgumentException("overdrawn by " + amount);
        }
    }

    static void pay(Account from, long amount) { from.withdraw(amount); }

    public static void main(String[] args) {
        Account account = new Account(100);
        pay(account, 30);
        System.out.println(account.balance());
        pay(account, 80);
        System.out.println("not reached");
    }
}
