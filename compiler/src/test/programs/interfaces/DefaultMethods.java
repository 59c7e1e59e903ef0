/** A default method runs unless the class overrides it; it can call abstract methods. */
public class DefaultMethods {
    interface Greeter { String name(); default String greet() { return "Hello, " + name() + "!"; } }
    static class English implements Greeter { public String name() { return "world"; } }
    static class Pirate implements Greeter { public String name() { return "matey"; } public String greet() { return "Ahoy, " + name(); } }
    public static void main(String[] args) {
        Greeter[] greeters = { new English(), new Pirate() };
        for (Greeter g : greeters) System.out.println(g.greet());
    }
}
