/** toString, equals and hashCode called on an interface type dispatch like on Object. */
public class ObjectMethodsOnInterfaces {
    interface Named { String name(); }
    static class Person implements Named {
        final String n; Person(String n) { this.n = n; }
        public String name() { return n; }
        public String toString() { return "Person(" + n + ")"; }
        public boolean equals(Object o) { return o instanceof Person p && p.n.equals(n); }
        public int hashCode() { return n.hashCode(); }
    }
    public static void main(String[] args) {
        Named a = new Person("ada"), b = new Person("ada"), c = new Person("bob");
        System.out.println(a.toString() + " " + a.equals(b) + " " + a.equals(c) + " " + (a.hashCode() == b.hashCode()));
        System.out.println(String.valueOf(c) + " " + a.name());
    }
}
