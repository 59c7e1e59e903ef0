/** Casts between reference types in expressions: upcasts need no check, downcasts are checked. */
public class CastsInExpressions {
    static class Animal { String name() { return "animal"; } }
    static class Cat extends Animal { String name() { return "cat"; } String purr() { return "purr"; } }
    public static void main(String[] args) {
        Animal a = new Cat();
        Object o = a;
        System.out.println(((Cat) o).purr() + " " + ((Animal) o).name() + " " + ((Object) a).getClass().getSimpleName());
        Object[] array = new Cat[] {new Cat()};
        Animal[] animals = (Animal[]) array;
        System.out.println(animals[0].name() + " " + ((Cat[]) animals).length);
        try {
            Cat c = (Cat) new Animal();
            System.out.println(c);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
    }
}
