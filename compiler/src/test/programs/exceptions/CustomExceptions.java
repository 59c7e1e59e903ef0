/** User exception classes with fields, messages and overridden getMessage. */
public class CustomExceptions {
    static class InsufficientFunds extends Exception {
        final long missing;
        InsufficientFunds(long missing) { super("missing " + missing); this.missing = missing; }
    }
    static class Quiet extends RuntimeException { @Override public String getMessage() { return "quiet override"; } }
    static long balance = 100;
    static void withdraw(long amount) throws InsufficientFunds {
        if (amount > balance) throw new InsufficientFunds(amount - balance);
        balance -= amount;
    }
    public static void main(String[] args) {
        long[] requests = {30, 50, 40, 20};
        for (long r : requests) {
            try {
                withdraw(r);
                System.out.println("ok " + r + " -> " + balance);
            } catch (InsufficientFunds e) {
                System.out.println(e.getMessage() + " (" + e.missing + ") " + e);
            }
        }
        try { throw new Quiet(); } catch (Quiet q) { System.out.println(q + " | " + q.getMessage()); }
    }
}
