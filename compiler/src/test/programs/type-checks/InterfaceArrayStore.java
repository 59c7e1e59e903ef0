/** Arrays of interface type accept every implementing class and reject others. */
public class InterfaceArrayStore {
    interface Tag { }
    static class Good implements Tag { }
    public static void main(String[] args) {
        Object[] tags = new Tag[2];
        tags[0] = new Good();
        try {
            tags[1] = "not a tag";
        } catch (ArrayStoreException e) {
            System.out.println(e);
        }
        Comparable[] comparables = new String[1];
        try {
            comparables[0] = args.length > 5 ? null : (Comparable) "ok";
            System.out.println("stored " + comparables[0]);
        } catch (ArrayStoreException e) {
            System.out.println("no");
        }
        System.out.println(tags[0] instanceof Tag);
    }
}
