/** Abstract methods dispatch to the concrete subclass; template methods call them. */
public class AbstractClasses {
    static abstract class Account {
        private long balance;
        abstract long fee(long amount);
        final void withdraw(long amount) { balance -= amount + fee(amount); }
        void deposit(long amount) { balance += amount; }
        long balance() { return balance; }
    }
    static class Checking extends Account { long fee(long amount) { return 1; } }
    static class Savings extends Account { long fee(long amount) { return amount / 10; } }
    public static void main(String[] args) {
        Account[] accounts = { new Checking(), new Savings(), new Checking() };
        for (int i = 0; i < accounts.length; i++) {
            accounts[i].deposit(1000 * (i + 1));
            accounts[i].withdraw(200);
            System.out.println(accounts[i].getClass().getSimpleName() + " " + accounts[i].balance());
        }
    }
}
