/** An uncaught NullPointerException prints the helpful message and the trace. */
public class UncaughtNullPointer {
    static class Order { Customer customer; }
    static class Customer { String email; }
    static int domainLength(Order order) { return order.customer.email.indexOf('@'); }
    public static void main(String[] args) {
        Order order = new Order();
        order.customer = new Customer();
        order.customer.email = "ann@example.org";
        System.out.println(domainLength(order));
        order.customer.email = null;
        System.out.println(domainLength(order));
    }
}
