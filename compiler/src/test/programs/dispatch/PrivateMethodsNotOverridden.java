/** A private method is not overridden: the call in the superclass always runs its own. */
public class PrivateMethodsNotOverridden {
    static class Parent { private String secret() { return "parent"; } String reveal() { return secret(); } }
    static class Child extends Parent { private String secret() { return "child"; } String own() { return secret(); } }
    public static void main(String[] args) {
        Child c = new Child();
        System.out.println(c.reveal() + " " + c.own());
    }
}
