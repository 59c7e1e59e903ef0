/** super.m() runs the superclass's method even when overridden further down. */
public class SuperCalls {
    static class Animal { String sound() { return "..."; } String describe() { return "animal says " + sound(); } }
    static class Dog extends Animal { String sound() { return "woof"; } String describe() { return "dog; " + super.describe(); } }
    static class Puppy extends Dog { String sound() { return "yip"; } String parentSound() { return super.sound(); } }
    public static void main(String[] args) {
        Puppy p = new Puppy();
        System.out.println(p.describe());
        System.out.println(p.parentSound());
        Animal a = new Dog();
        System.out.println(a.describe());
    }
}
