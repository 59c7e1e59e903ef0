/** Enums (values, ordinal, name, compareTo, methods on constants, switches) and switches on strings. */
public class EnumsAndStringSwitches {
    enum Color { RED, GREEN, BLUE; Color next() { return values()[(ordinal() + 1) % values().length]; } }
    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " " + c.ordinal() + " " + c.name() + " " + c.next());
        Color c = Color.GREEN;
        switch (c) { case RED -> System.out.println("r"); case GREEN -> System.out.println("g"); default -> System.out.println("b"); }
        String s = args.length > 0 ? args[0] : "two";
        switch (s) { case "one" -> System.out.println(1); case "two" -> System.out.println(2); default -> System.out.println(0); }
        System.out.println(c.compareTo(Color.BLUE) + " " + c.equals(Color.GREEN) + " " + c.getDeclaringClass().getSimpleName());
    }
}
