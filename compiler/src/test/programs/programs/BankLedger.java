/** A whole program: accounts in a class hierarchy, transactions through an interface, failures as checked exceptions. */
public class BankLedger {
    static class TransferException extends Exception { TransferException(String m) { super(m); } }
    interface Transaction { void apply(Bank bank) throws TransferException; String describe(); }
    static abstract class Account {
        final String id; long cents;
        Account(String id, long cents) { this.id = id; this.cents = cents; }
        abstract long overdraftLimit();
        void withdraw(long amount) throws TransferException {
            if (cents - amount < -overdraftLimit()) throw new TransferException(id + " cannot pay " + amount);
            cents -= amount;
        }
        public String toString() { return getClass().getSimpleName() + "(" + id + ", " + cents + ")"; }
    }
    static class Checking extends Account { Checking(String id, long c) { super(id, c); } long overdraftLimit() { return 500; } }
    static class Savings extends Account { Savings(String id, long c) { super(id, c); } long overdraftLimit() { return 0; } }
    static class Bank {
        final Account[] accounts;
        Bank(Account... accounts) { this.accounts = accounts; }
        Account find(String id) throws TransferException {
            for (Account a : accounts) if (a.id.equals(id)) return a;
            throw new TransferException("no account " + id);
        }
    }
    static class Transfer implements Transaction {
        final String from, to; final long amount;
        Transfer(String from, String to, long amount) { this.from = from; this.to = to; this.amount = amount; }
        public void apply(Bank bank) throws TransferException { Account a = bank.find(from), b = bank.find(to); a.withdraw(amount); b.cents += amount; }
        public String describe() { return "transfer " + amount + " " + from + "->" + to; }
    }
    static class Interest implements Transaction {
        final int percent;
        Interest(int percent) { this.percent = percent; }
        public void apply(Bank bank) { for (Account a : bank.accounts) if (a instanceof Savings && a.cents > 0) a.cents += a.cents * percent / 100; }
        public String describe() { return "interest " + percent + "%"; }
    }
    public static void main(String[] args) {
        Bank bank = new Bank(new Checking("c1", 1000), new Savings("s1", 5000), new Checking("c2", 0));
        Transaction[] log = { new Transfer("c1", "c2", 1200), new Transfer("c1", "s1", 400), new Interest(3),
            new Transfer("s1", "c1", 6000), new Transfer("c2", "zz", 1), new Transfer("s1", "c2", 5150), new Interest(10) };
        int failures = 0;
        for (Transaction t : log) {
            try { t.apply(bank); System.out.println("ok   " + t.describe()); }
            catch (TransferException e) { failures++; System.out.println("fail " + t.describe() + ": " + e.getMessage()); }
        }
        for (Account a : bank.accounts) System.out.println(a);
        System.out.println(failures + " failures");
    }
}
